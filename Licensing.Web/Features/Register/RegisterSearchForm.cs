using System.Globalization;
using Licensing.Domain.Common;
using Licensing.Domain.Register;

namespace Licensing.Web.Features.Register;

/// <summary>The search form on the web page; it checks its fields as the partner API does.</summary>
public sealed class RegisterSearchForm
{
    public string? Surname { get; set; }
    public string? Forenames { get; set; }
    public string? PreviousSurnames { get; set; }
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? DrivingLicenceNumber { get; set; }
    public string? Purpose { get; set; }
    public string? Reference { get; set; }

    /// <summary>The query, or the problems by field id.</summary>
    public RegisterQuery? ToQuery(Dictionary<string, string> errors, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Surname)) errors["Surname"] = "Enter the surname";
        if (string.IsNullOrWhiteSpace(Forenames)) errors["Forenames"] = "Enter the forenames";
        DateOnly? dob = null;
        if (int.TryParse(Day, out var d) && int.TryParse(Month, out var m) && int.TryParse(Year, out var y) && y >= 1900 &&
            DateOnly.TryParseExact($"{y:0000}-{m:00}-{d:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed < today)
            dob = parsed;
        else errors["Day"] = "Enter a real date of birth, for example 27 3 1985";
        var licence = SearchText.Compact(DrivingLicenceNumber);
        if (licence.Length > 0 && licence.Length is < 8 or > 18) errors["DrivingLicenceNumber"] = "A driving licence number has 16 characters (8 digits in Northern Ireland)";
        SearchPurpose? purpose = Purpose is not null && RegisterWire.Purposes.TryGetValue(Purpose, out var p) ? p : null;
        if (purpose is null) errors["Purpose"] = "Choose why you are searching";
        if (errors.Count > 0) return null;
        var previous = (PreviousSurnames ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new RegisterQuery(Surname!.Trim(), Forenames!.Trim(), previous, dob!.Value, licence.Length == 0 ? null : licence, purpose!.Value, Reference);
    }
}
