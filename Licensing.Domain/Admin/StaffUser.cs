using Microsoft.AspNetCore.Identity;

namespace Licensing.Domain.Admin;

/// <summary>A person who signs in: council staff, committee members, or a neighbouring council's searcher.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For a <see cref="Roles.PartnerSearcher"/>: the GSS code of the authority they search for.</summary>
    public string? PartnerAuthorityCode { get; set; }
}

public static class Roles
{
    public const string LicensingOfficer = nameof(LicensingOfficer);
    public const string LicensingManager = nameof(LicensingManager);
    public const string CommitteeMember = nameof(CommitteeMember);
    public const string Administrator = nameof(Administrator);
    public const string PartnerSearcher = nameof(PartnerSearcher);

    public static readonly IReadOnlyList<string> All = [LicensingOfficer, LicensingManager, CommitteeMember, Administrator, PartnerSearcher];

    /// <summary>Roles that must use two-factor sign-in outside Development.</summary>
    public static readonly IReadOnlyList<string> RequireTwoFactor = [LicensingManager, Administrator];

    public static string Describe(string role) => role switch
    {
        LicensingOfficer => "Licensing officer",
        LicensingManager => "Licensing manager (authorised officer)",
        CommitteeMember => "Committee member",
        Administrator => "Administrator",
        PartnerSearcher => "Partner authority searcher",
        _ => role,
    };
}
