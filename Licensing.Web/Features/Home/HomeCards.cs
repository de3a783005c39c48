using System.Security.Claims;
using Licensing.Domain.Admin;

namespace Licensing.Web.Features.Home;

/// <summary>The home page's starting points, by role. Features add theirs.</summary>
public static class HomeCards
{
    public sealed record Card(string Title, string Href, string Description, params string[] Roles);

    private static readonly Card[] Core =
    [
        new("Your account", "/account/two-factor", "Two-factor sign-in.", Roles.All.ToArray()),
    ];

    public static IEnumerable<Card> All => [.. Features.AllFeatures.Cards, .. Core];

    public static IEnumerable<Card> For(ClaimsPrincipal user) => All.Where(c => c.Roles.Any(user.IsInRole));
}
