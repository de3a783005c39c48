using System.Security.Claims;
using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Web.Components.Gov;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Cases;

/// <summary>
/// What the concerns, cases and hearings pages share: one context per operation, the signed-in user,
/// and a submit wrapper that turns a refused rule (or someone else's save) into the error summary
/// instead of killing the circuit. Each submit saves once.
/// </summary>
public abstract class ReviewPage : ComponentBase
{
    [Inject] public required IDbContextFactory<LicensingDbContext> DbFactory { get; init; }
    [Inject] public required IOptions<AuthorityOptions> Authority { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }

    protected ClaimsPrincipal User { get; set; } = new();
    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
    protected string UserName => User.FindFirstValue("display_name") ?? User.Identity?.Name ?? "";
    protected bool IsManager => User.IsInRole(Roles.LicensingManager);

    /// <summary>Every problem with the last submission, shown together in the error summary and beside their fields.</summary>
    protected RuleErrors Errors { get; } = new();
    protected string? Confirmation { get; set; }
    private readonly SubmitGuard submitting = new();
    protected bool Busy => submitting.Busy;

    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null) User = (await AuthState).User;
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>
    /// Runs one step against a fresh context and saves it; on success reloads and confirms. A step that
    /// found problems (<see cref="Errors"/>) or broke a rule saves nothing.
    /// </summary>
    protected Task<bool> SubmitAsync(Func<LicensingDbContext, Task> step, string confirmation) =>
        submitting.RunAsync(() => SaveAsync(step, confirmation));

    private async Task<bool> SaveAsync(Func<LicensingDbContext, Task> step, string confirmation)
    {
        Errors.Clear();
        Confirmation = null;
        try
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            await step(db);
            if (Errors.Any) return false;
            await db.SaveChangesAsync();
            Confirmation = confirmation;
            await LoadAsync();
            return true;
        }
        catch (DomainRuleException e)
        {
            Errors.Add(e);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(null, "Someone else saved a change to this record while you were working on it, so your change was not saved. The page now shows their change: check it before trying again.");
            await LoadAsync();
        }
        catch (DbUpdateException e) when (UniqueIndex.Violation(e) is not null)
        {
            // A rule the database holds (one scheduled hearing per matter): someone else did the same a moment ago.
            Errors.Add(null, "Someone else saved the same change a moment ago, so yours was not saved. The page now shows theirs: check it before trying again.");
            await LoadAsync();
        }
        return false;
    }

    /// <summary>
    /// Reads a date from its three boxes inside a step: a missing part or an impossible date joins
    /// <see cref="Errors"/> (in GOV.UK's words, linked to the first box at fault) and returns null. Read
    /// everything the page checks itself first, then stop before the domain when <c>Errors.Any</c>.
    /// </summary>
    /// <param name="name">How the message names the date: "Date received" gives "Date received must be a real date".</param>
    protected DateOnly? ReadDate(DateParts date, string field, string name, string? requiredMessage = null) =>
        Errors.Read(date, field, name, requiredMessage);

    protected static string Date(DateOnly? d) => d is { } v ? LondonTime.Format(v) : "—";
}
