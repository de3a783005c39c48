using System.Security.Claims;
using Licensing.Domain.Admin;

namespace Licensing.Web.Components.Layout;

/// <summary>The service navigation, by role. Features add their entries here.</summary>
public static class NavigationItems
{
    public sealed record Item(string Text, string Href, params string[] Roles);

    private static readonly Item[] Core =
    [
        new("Home", "/", Roles.LicensingOfficer, Roles.LicensingManager, Roles.Administrator, Roles.CommitteeMember, Roles.PartnerSearcher),
    ];

    public static IEnumerable<Item> All => [.. Core, .. Features.AllFeatures.Navigation];

    public static IEnumerable<Item> For(ClaimsPrincipal user) => All.Where(i => i.Roles.Any(user.IsInRole));
}
