using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Admin;

/// <summary>One app (without demo data) for the class: starting one costs seconds.</summary>
public sealed class AdminApp : IAsyncLifetime
{
    public AppHost App { get; } = new(new() { ["Demo:Seed"] = "false" });
    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await App.DisposeAsync();
}

public class StaffAccountsTests(AdminApp fixture) : IClassFixture<AdminApp>, IAsyncLifetime
{
    private readonly string email = $"nia-{Guid.NewGuid():N}@eastbrook.example";
    private readonly Actor admin = new("admin-1", "Adam Administrator");
    private StaffAccounts accounts = null!;
    private IServiceScope scope = null!;

    public Task InitializeAsync()
    {
        scope = fixture.App.Services.CreateScope();
        accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        return Task.CompletedTask;
    }

    private StaffAccounts.NewAccount Officer(string password = "a long enough password") =>
        new() { DisplayName = "Nia Newstarter", Email = email, Role = Roles.LicensingOfficer, Password = password };

    private async Task<StaffAccounts.Account?> Mine() => (await accounts.ListAsync()).SingleOrDefault(a => a.Email == email);

    [Fact]
    public async Task A_new_user_gets_their_role_and_a_short_password_is_refused_against_the_password_field()
    {
        var refused = await accounts.CreateAsync(Officer("short"), admin);
        Assert.Contains(refused, p => p.Field == "Password");
        Assert.Null(await Mine());

        Assert.Empty(await accounts.CreateAsync(Officer(), admin));
        var listed = (await Mine())!;
        Assert.Equal(["LicensingOfficer"], listed.Roles);
        Assert.False(listed.LockedOut);
        var duplicate = await accounts.CreateAsync(Officer(), admin);
        Assert.Equal("Email", Assert.Single(duplicate).Field);
    }

    [Fact]
    public async Task An_administrator_unlocks_an_account_and_resets_two_factor_without_the_key_reaching_the_audit_trail()
    {
        await accounts.CreateAsync(Officer(), admin);
        using var acting = SystemWork.As(admin);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var oldKey = await users.GetAuthenticatorKeyAsync(user);
        var before = (await Mine())!;
        Assert.True(before.LockedOut);
        Assert.True(before.TwoFactor);

        Assert.Empty(await accounts.UnlockAsync(before.Id, admin));
        Assert.Empty(await accounts.ResetTwoFactorAsync(before.Id, admin));

        var after = (await Mine())!;
        Assert.False(after.LockedOut);
        Assert.False(after.TwoFactor);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        var trail = await db.AuditEntries.ToListAsync();
        Assert.Contains(trail, a => a.ActorName == "Adam Administrator" && a.EntityType == nameof(StaffUser));
        Assert.DoesNotContain(trail, a => a.Changes.Contains(oldKey!));
    }

    public Task DisposeAsync()
    {
        scope.Dispose();
        return Task.CompletedTask;
    }
}
