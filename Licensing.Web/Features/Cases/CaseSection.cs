using Licensing.Domain.Cases;
using Licensing.Domain.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Cases;

/// <summary>
/// One part of the case page (investigation, representations, findings, decision, appeal). Each step
/// loads the case afresh, checks nobody saved it since the officer's page loaded it, and saves once.
/// </summary>
public abstract class CaseSection : ReviewPage
{
    [Parameter, EditorRequired] public ReviewCase Case { get; set; } = null!;
    [Parameter] public EventCallback Changed { get; set; }

    // The page loaded the case; a section only asks it to reload after a step (saved or refused by someone else's save).
    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null) User = (await AuthState).User;
    }

    protected override Task LoadAsync() => Changed.InvokeAsync();

    protected Task<bool> OnCase(Func<LicensingDbContext, ReviewCase, Task> step, string confirmation) => SubmitAsync(async db =>
    {
        var review = await db.ReviewCases.WithParts().SingleAsync(c => c.Id == Case.Id);
        db.ExpectVersion(review, Case.Version);
        await step(db, review);
    }, confirmation);

    protected Task<bool> OnCase(Action<LicensingDbContext, ReviewCase> step, string confirmation) =>
        OnCase((db, review) => { step(db, review); return Task.CompletedTask; }, confirmation);
}
