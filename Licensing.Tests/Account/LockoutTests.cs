using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Account;

[Collection(BrowserCollection.Name)]
public class LockoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var scope = Fixture.App.Services.CreateScope();
        using var _ = SystemWork.As(Actor.System("lockout test"));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>();
        var user = new StaffUser { UserName = "lockout@test.example", Email = "lockout@test.example", DisplayName = "Lockout Test" };
        Assert.True((await users.CreateAsync(user, "correct-horse-battery")).Succeeded);

        // NCSC guidance: length, not composition; a short password is refused.
        Assert.False((await users.CreateAsync(new StaffUser { UserName = "short@test.example", Email = "short@test.example" }, "short1!")).Succeeded);

        for (var i = 0; i < 4; i++)
            Assert.False((await signIn.CheckPasswordSignInAsync(user, "wrong-password-guess", lockoutOnFailure: true)).IsLockedOut);
        Assert.True((await signIn.CheckPasswordSignInAsync(user, "wrong-password-guess", lockoutOnFailure: true)).IsLockedOut);
        var right = await signIn.CheckPasswordSignInAsync(user, "correct-horse-battery", lockoutOnFailure: true);
        Assert.False(right.Succeeded);
        Assert.True(right.IsLockedOut);
    }
}
