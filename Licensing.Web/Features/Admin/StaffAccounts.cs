using System.ComponentModel.DataAnnotations;
using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Admin;

/// <summary>
/// The administrator's work on sign-in accounts: list them, add one with a role and a first password,
/// unlock one, and reset two-factor sign-in so the user enrols again. Each operation gets its own scope
/// (Identity's stores hold a DbContext) and is attributed to the administrator in the audit trail.
/// </summary>
public sealed class StaffAccounts(IServiceScopeFactory scopes, IDbContextFactory<LicensingDbContext> dbFactory, TimeProvider clock)
{
    public sealed record Account(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, bool TwoFactor, string? PartnerAuthorityCode);

    public sealed class NewAccount
    {
        [Required(ErrorMessage = "Enter the person's name")] public string? DisplayName { get; set; }
        [Required(ErrorMessage = "Enter their email address"), EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        public string? Email { get; set; }
        [Required(ErrorMessage = "Choose a role")] public string? Role { get; set; }
        [RegularExpression("^[EWSN][0-9]{8}$", ErrorMessage = "Enter the partner authority's GSS code, like E07000123")]
        public string? PartnerAuthorityCode { get; set; }
        [Required(ErrorMessage = "Enter a first password")] public string? Password { get; set; }
    }

    public async Task<List<Account>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        return users.Select(u => new Account(u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.LockoutEnd > now, u.TwoFactorEnabled, u.PartnerAuthorityCode)).ToList();
    }

    /// <summary>Creates the account; returns Identity's reasons (password too short...) with the field each belongs to.</summary>
    public Task<List<(string? Field, string Message)>> CreateAsync(NewAccount a, Actor admin) => AsAdminAsync(admin, async users =>
    {
        if (a.Role == Roles.PartnerSearcher && string.IsNullOrWhiteSpace(a.PartnerAuthorityCode))
            return [(nameof(a.PartnerAuthorityCode), "Enter the GSS code of the authority this searcher works for")];
        if (await users.FindByEmailAsync(a.Email!.Trim()) is not null)
            return [(nameof(a.Email), "There is already an account with this email address")];
        var user = new StaffUser
        {
            UserName = a.Email.Trim(), Email = a.Email.Trim(), DisplayName = a.DisplayName!.Trim(), EmailConfirmed = true,
            PartnerAuthorityCode = a.Role == Roles.PartnerSearcher ? a.PartnerAuthorityCode!.Trim().ToUpperInvariant() : null,
        };
        var created = await users.CreateAsync(user, a.Password!);
        if (!created.Succeeded)
            return created.Errors.Select(e => ((string?)(e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(a.Password) : nameof(a.Email)), e.Description)).ToList();
        var role = await users.AddToRoleAsync(user, a.Role!);
        return role.Succeeded ? [] : role.Errors.Select(e => ((string?)nameof(a.Role), e.Description)).ToList();
    });

    public Task<List<(string? Field, string Message)>> UnlockAsync(string userId, Actor admin) => AsAdminAsync(admin, async users =>
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return [(null, "That account no longer exists")];
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return [];
    });

    /// <summary>Turns two-factor sign-in off and forgets the authenticator, so the user must set it up again.</summary>
    public Task<List<(string? Field, string Message)>> ResetTwoFactorAsync(string userId, Actor admin) => AsAdminAsync(admin, async users =>
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return [(null, "That account no longer exists")];
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return [];
    });

    private async Task<List<(string? Field, string Message)>> AsAdminAsync(Actor admin, Func<UserManager<StaffUser>, Task<List<(string? Field, string Message)>>> work)
    {
        // The fresh scope has no circuit to name the user, so name the administrator explicitly.
        using var acting = SystemWork.As(admin);
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }
}
