using Licensing.Domain.Admin;
using Licensing.Web.Hosting;

namespace Licensing.Tests.Account;

public class PasswordPolicyTests
{
    private readonly CommonPasswordValidator validator = new();
    private readonly StaffUser user = new() { Email = "olivia.officer@council.example", UserName = "olivia.officer@council.example" };

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password 1234")]
    [InlineData("QWERTY123456")]
    [InlineData("olivia.officer-2026")]
    public async Task Common_passwords_and_ones_built_from_the_email_are_refused(string password) =>
        Assert.False((await validator.ValidateAsync(null!, user, password)).Succeeded);

    [Theory]
    [InlineData("kettle orbit lantern")]
    [InlineData("demo-licensing-2026")]
    public async Task A_long_uncommon_password_needs_no_symbols_or_capitals(string password) =>
        Assert.True((await validator.ValidateAsync(null!, user, password)).Succeeded);
}
