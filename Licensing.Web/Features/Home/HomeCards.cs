using System.Security.Claims;
using Licensing.Domain.Admin;

namespace Licensing.Web.Features.Home;

/// <summary>The home page's starting points, by role. Features add theirs.</summary>
public static class HomeCards
{
    public sealed record Card(string Title, string Href, string Description, params string[] Roles);

    public static readonly List<Card> All =
    [
        new("Find a licensee", "/licensees", "Search drivers, operators and vehicles by name, date of birth, licence, badge or registration.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Add a person", "/licensees/new", "Record a new applicant or licensee.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Your account", "/account/two-factor", "Two-factor sign-in.", Roles.All.ToArray()),
    ];

    public static IEnumerable<Card> For(ClaimsPrincipal user) => All.Where(c => c.Roles.Any(user.IsInRole));
}
