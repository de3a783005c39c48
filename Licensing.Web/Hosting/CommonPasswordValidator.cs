using Licensing.Domain.Admin;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Web.Hosting;

/// <summary>
/// NCSC password guidance: no composition rules, but refuse the passwords attackers try first and
/// passwords built from the user's own email address or the service's name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    // The most common passwords of 12 or more characters in public breach lists, and obvious local guesses.
    private static readonly HashSet<string> Denied = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
        "password1234", "password12345", "password123456", "passwordpassword", "qwertyuiop123", "qwertyuiopasdf",
        "qwerty123456", "1q2w3e4r5t6y", "1qaz2wsx3edc", "abc123abc123", "iloveyou1234", "letmein12345",
        "welcome12345", "welcome123456", "changeme1234", "administrator", "administrator1", "adminadmin123",
        "football1234", "monkey123456", "sunshine1234", "princess1234", "trustno11234", "correcthorsebatterystaple",
        "licensing123", "licensing1234", "taxilicensing", "councilpassword", "password2026", "password2025",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var compact = new string((password ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (Denied.Contains(compact))
            return Fail("CommonPassword", "This password is one of the most commonly used; choose another (three random words work well)");
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0];
        if (local.Length >= 4 && compact.Contains(local, StringComparison.OrdinalIgnoreCase))
            return Fail("PasswordContainsEmail", "The password must not contain your email address");
        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
