using System.Security.Cryptography;
using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Web.Features.Admin;

/// <summary>
/// <c>dotnet run --project Licensing.Web -- admin create EMAIL "NAME"</c>: the first administrator of a new
/// installation (there are no demo users outside Development). Prints a generated password once.
/// </summary>
public static class AdminVerbs
{
    public static async Task<int> CreateAsync(WebApplication app, string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length < 2)
        {
            await errors.WriteLineAsync("Usage: admin create EMAIL \"FULL NAME\"");
            return 2;
        }
        using var acting = SystemWork.As(Actor.System("admin create"));
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Administrator)) await roles.CreateAsync(new IdentityRole(Roles.Administrator));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var user = new StaffUser { UserName = args[0], Email = args[0], DisplayName = string.Join(' ', args.Skip(1)), EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Administrator);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) await errors.WriteLineAsync(e.Description);
            return 1;
        }
        await output.WriteLineAsync($"Administrator {args[0]} created. Password (shown once): {password}");
        await output.WriteLineAsync("They must set up two-factor sign-in at /account/two-factor when they first sign in.");
        return 0;
    }
}
