using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Jobs.Notices;
using Licensing.Web.Components.Gov;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Notices;

public partial class NoticePage
{
    [Parameter] public Guid Id { get; set; }
    [SupplyParameterFromQuery(Name = "saved")] public string? Saved { get; set; }
    [Inject] public required IDbContextFactory<LicensingDbContext> DbFactory { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IOptions<AuthorityOptions> Authority { get; init; }
    [Inject] public required IActorSource Actors { get; init; }
    [Inject] public required DeliveryOptions Delivery { get; init; }
    [Inject] public required ServiceRules Rules { get; init; }
    [CascadingParameter] public required Task<AuthenticationState> Auth { get; init; }

    public enum ServedBy { FirstClassPost, SecondClassPost, Hand }

    private sealed class ServiceForm
    {
        public ServedBy How { get; set; } = ServedBy.FirstClassPost;
        public DateOnly? On { get; set; }
    }

    private static readonly IReadOnlyList<GovOption<ServedBy>> serviceOptions =
    [
        new(ServedBy.FirstClassPost, "First class post", "Deemed served on the second business day after posting"),
        new(ServedBy.SecondClassPost, "Second class post", "Deemed served on the fourth business day after posting"),
        new(ServedBy.Hand, "By hand", "Served that day"),
    ];

    private Notice? notice;
    private Decision? decision;
    private bool loaded, isManager;
    // GOV.UK's double-click prevention does not stop Blazor's @onclick: a second click queued behind the first must do nothing.
    private readonly SubmitGuard guard = new();
    private string? licensee, email;
    private Guid? replacedBy;
    private DateOnly today;
    private List<OutboxMessage> messages = [];
    private List<GovError> problems = [];
    private ServiceForm service = new();
    private EditContext serviceContext = null!;
    private FormErrors serviceErrors = null!;

    private string StatusColour => notice!.Status switch
    {
        NoticeStatus.Draft => "govuk-tag--grey",
        NoticeStatus.Issued => "govuk-tag--blue",
        NoticeStatus.Withdrawn => "govuk-tag--red",
        _ => "govuk-tag--green",
    };

    protected override async Task OnParametersSetAsync()
    {
        isManager = (await Auth).User.IsInRole(Roles.LicensingManager);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == Id);
        loaded = true;
        if (notice is null) return;
        today = db.Today;
        var person = await db.People.AsNoTracking().Where(p => p.Id == notice.PersonId).Select(p => new { Name = p.Forenames + " " + p.Surname, p.Email }).SingleAsync();
        licensee = person.Name;
        email = person.Email;
        decision = notice.DecisionId is { } d ? await db.Decisions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == d) : null;
        replacedBy = await db.Notices.Where(n => n.ReplacesNoticeId == Id).Select(n => (Guid?)n.Id).FirstOrDefaultAsync();
        messages = await db.OutboxMessages.AsNoTracking().Where(m => m.NoticeId == Id).OrderBy(m => m.CreatedAt).ToListAsync();
        service = new ServiceForm { On = today };
        serviceContext = new EditContext(service);
        serviceErrors = new FormErrors(serviceContext);
    }

    private void ShowError(string message) => problems = [new GovError(message)];

    private Task IssueAsync() => guard.RunAsync(async () =>
    {
        problems = [];
        try
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            await IssueNotice.RunAsync(db, Id, Authority.Value, Actors.Current.Name, Delivery.MessageIdDomain);
            Navigation.NavigateTo($"/notices/{Id}?saved={Uri.EscapeDataString("Notice issued")}");
        }
        catch (DomainRuleException e)
        {
            ShowError(e.Message);
        }
    });

    private Task RecordServiceAsync() => guard.RunAsync(async () =>
    {
        try
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            var on = service.On!.Value;
            var served = service.How == ServedBy.Hand
                ? await ServeNotice.RecordHandDeliveryAsync(db, Id, on, Actors.Current.Name, Authority.Value)
                : await ServeNotice.RecordPostingAsync(db, Id, on, service.How == ServedBy.FirstClassPost ? PostClass.FirstClass : PostClass.SecondClass, Actors.Current.Name, Rules, Authority.Value);
            Navigation.NavigateTo($"/notices/{Id}?saved={Uri.EscapeDataString($"Served on {LondonTime.Format(served)}")}");
        }
        catch (DomainRuleException e)
        {
            serviceErrors.Alias("PostedOn", nameof(ServiceForm.On)).Alias("ServedOn", nameof(ServiceForm.On)).Show(e);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The sender took the email (or someone recorded service) between loading and saving: nothing was saved.
            await LoadAsync();
            ShowError("The notice or its email changed while you were recording service (the email may be being sent now): nothing was saved. Check the emails below, then record service again if it is still needed");
        }
    });

    private Task CorrectAsync() => guard.RunAsync(async () =>
    {
        try
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            var correction = await CorrectNotice.RunAsync(db, Id);
            Navigation.NavigateTo($"/notices/{correction.Id}?saved={Uri.EscapeDataString("Correction drafted: check the preview, then issue it")}");
        }
        catch (DomainRuleException e)
        {
            ShowError(e.Message);
        }
    });
}
