using System.ComponentModel.DataAnnotations;

namespace Licensing.Domain.Admin;

/// <summary>This council: its name on every page and its details on every notice.</summary>
public sealed class AuthorityOptions
{
    public const string Section = "Authority";

    [Required] public string Name { get; set; } = "";
    [Required, RegularExpression("^[EWSN][0-9]{8}$", ErrorMessage = "Authority:Code must be a GSS code like E07000123")]
    public string Code { get; set; } = "";
    public string ServiceName { get; set; } = "Taxi and private hire licensing";
    public string Address { get; set; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Signatory { get; set; } = "";
}
