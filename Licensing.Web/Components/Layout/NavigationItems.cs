using System.Security.Claims;
using Licensing.Domain.Admin;

namespace Licensing.Web.Components.Layout;

/// <summary>The service navigation, by role. Features add their entries here.</summary>
public static class NavigationItems
{
    public sealed record Item(string Text, string Href, params string[] Roles);

    public static readonly List<Item> All =
    [
        new("Home", "/", Roles.LicensingOfficer, Roles.LicensingManager, Roles.Administrator, Roles.CommitteeMember, Roles.PartnerSearcher),
        new("Licensees", "/licensees", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static IEnumerable<Item> For(ClaimsPrincipal user) => All.Where(i => i.Roles.Any(user.IsInRole));
}
