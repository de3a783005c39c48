using Licensing.Domain.Admin;
using Microsoft.AspNetCore.Authorization;

namespace Licensing.Web.Hosting;

/// <summary>Who may see what. Every page names one of these (or its roles) in its [Authorize] attribute.</summary>
public static class Policies
{
    /// <summary>Licensing officers and managers: the licensing team's case work.</summary>
    public const string LicensingTeam = nameof(LicensingTeam);
    /// <summary>Authorised officers: decisions under delegated powers.</summary>
    public const string Managers = nameof(Managers);
    public const string Administrators = nameof(Administrators);
    /// <summary>Administrators and managers: background jobs and their outcomes.</summary>
    public const string Oversight = nameof(Oversight);
    public const string Committee = nameof(Committee);
    /// <summary>Register search: the team, and neighbouring councils' searchers.</summary>
    public const string RegisterSearch = nameof(RegisterSearch);
    /// <summary>Signed in at all, including a manager who still has to set up two-factor sign-in.</summary>
    public const string SignedIn = nameof(SignedIn);

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        o.AddPolicy(LicensingTeam, p => p.RequireRole(Roles.LicensingOfficer, Roles.LicensingManager).AddRequirements(new TwoFactorRequirement()));
        o.AddPolicy(Managers, p => p.RequireRole(Roles.LicensingManager).AddRequirements(new TwoFactorRequirement()));
        o.AddPolicy(Administrators, p => p.RequireRole(Roles.Administrator).AddRequirements(new TwoFactorRequirement()));
        o.AddPolicy(Oversight, p => p.RequireRole(Roles.Administrator, Roles.LicensingManager).AddRequirements(new TwoFactorRequirement()));
        o.AddPolicy(Committee, p => p.RequireRole(Roles.CommitteeMember, Roles.LicensingManager).AddRequirements(new TwoFactorRequirement()));
        o.AddPolicy(RegisterSearch, p => p.RequireRole(Roles.LicensingOfficer, Roles.LicensingManager, Roles.PartnerSearcher).AddRequirements(new TwoFactorRequirement()));
        o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new TwoFactorRequirement()).Build();
    }
}
