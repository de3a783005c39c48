namespace Licensing.Web.Features.Licensees;

/// <summary>
/// The officer's last licensee search, held in server memory for their circuit (one browser tab) so that
/// going back from a person to the results finds them again. The criteria are a name and a date of birth:
/// kept out of the URL, they stay out of server and proxy logs, browser history and Referer headers.
/// </summary>
public sealed class LastLicenseeSearch
{
    public FindLicensees.Query? Query { get; set; }
}
