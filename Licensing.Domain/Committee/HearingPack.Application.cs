using Licensing.Domain.Applications;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Committee;

/// <summary>
/// The pack for a hearing of a referred application, in the same sections-and-lines layout as a review's:
/// the application and the officer's report, the statutory checks, the suitability assessment, the
/// register check, the trail of concern about the applicant, and the applicant's representations.
/// </summary>
public static partial class HearingPack
{
    /// <summary>The pack for whichever matter the hearing is about.</summary>
    public static async Task<IReadOnlyList<Section>> ForHearingAsync(LicensingDbContext db, Hearing hearing, ApplicationOptions options, CancellationToken ct = default, bool withholdRestricted = false) =>
        hearing.ApplicationId is { } appId
            ? await ComposeForApplicationAsync(db, await ApplicationDecisions.LoadAsync(db, appId, ct) ?? throw new InvalidOperationException("The application is missing"), options, ct, withholdRestricted)
            : await ComposeAsync(db, hearing.ReviewCaseId!.Value, ct, withholdRestricted);

    /// <param name="withholdRestricted">As for a review: handling code C concerns in the chronology are replaced by a note.</param>
    public static async Task<IReadOnlyList<Section>> ComposeForApplicationAsync(LicensingDbContext db, LicenceApplication app, ApplicationOptions options, CancellationToken ct = default, bool withholdRestricted = false)
    {
        var withheld = await RestrictedConcernsAsync(db, app.PersonId, ct);
        // Natural justice, as for a review: both copies say what the applicant has not seen, so the decision does not rest on it.
        Section[] withheldSection = withheld.Count == 0 ? [] : [new(WithheldFromApplicantTitle, [
            $"Intelligence graded with handling code C (conditions apply to sharing) is withheld from the applicant: {string.Join(", ", withheld)}. " +
            "The applicant has not seen it and cannot answer it, so the sub-committee's decision must not rest on it."])];
        return [.. await ApplicationSectionsAsync(db, app, options, ct, withholdRestricted), .. withheldSection];
    }

    private static async Task<IReadOnlyList<Section>> ApplicationSectionsAsync(LicensingDbContext db, LicenceApplication app, ApplicationOptions options, CancellationToken ct, bool withholdRestricted)
    {
        var person = await db.People.FindAsync([app.PersonId], ct) ?? throw new InvalidOperationException("The applicant is missing");
        var renewing = app.RenewsLicenceId is { } rid ? await db.Licences.FindAsync([rid], ct) : null;
        var policy = await db.CurrentPolicyAsync(ct);
        var today = db.Today;
        var suitability = app.Suitability(policy, today);
        var verdicts = suitability.Records.ToDictionary(r => r.RecordId);
        var chronology = await TrailOfConcern.ForPersonAsync(db, app.PersonId, ct, withholdRestricted);
        var register = app.RegisterChecks.OrderByDescending(r => r.SearchedAt).FirstOrDefault();

        return
        [
            new("Report", [
                $"Applicant: {person.FullName}, born {LondonTime.Format(person.DateOfBirth)}",
                $"Application {app.Reference}: {app.Kind.ToString().ToLowerInvariant()} {app.LicenceType.Describe().ToLowerInvariant()} licence, received {LondonTime.Format(app.ReceivedOn)}; officer {app.OfficerName}",
                renewing is null ? "Renews: no licence (a new application)" : $"Renews: licence {renewing.Number} ({renewing.Status.ToString().ToLowerInvariant()}, expires {LondonTime.Format(renewing.ExpiresOn)})",
                $"Standard of proof: {Decisions.Decision.BalanceOfProbabilities}",
                app.Recommendation is { } rec ? $"Officer's recommendation: {rec.Describe()} ({app.RecommendedByName})" : "Officer's recommendation: none",
                $"Officer's assessment: {app.Assessment ?? "not recorded"}",
                .. app.DepartureReasons is null ? Array.Empty<string>() : [$"Officer's reasons for departing from the policy: {app.DepartureReasons}"],
                .. app.RecommendedConditions is null ? Array.Empty<string>() : [$"Conditions recommended: {app.RecommendedConditions}"],
                $"Referred to the sub-committee by {app.DecidedByName}: {app.ReferralReasons}",
            ]),
            new("Statutory checks", [
                .. app.CheckStates(options, today).Select(s => $"{s.Describe()} — {Describe(s.Status)}"),
                .. app.Checks.OrderBy(c => c.CheckedOn).Select(c =>
                    $"{c.Kind.Describe()} checked {LondonTime.Format(c.CheckedOn)}: {c.Outcome.ToString().ToLowerInvariant()}, evidence {c.EvidenceReference}, recorded by {c.RecordedByName}{(c.Notes is null ? "" : $" ({c.Notes})")}"),
            ]),
            new("Suitability assessment", [
                $"Policy {suitability.PolicyLabel}: {suitability.Summary}{(suitability.SeveralOffences ? ". " + SuitabilityAssessment.SeveralOffencesWarning : "")}",
                .. app.AssessedPolicyLabel is { } label && label != suitability.PolicyLabel ? [$"At assessment (policy {label}): {app.AssessedPolicySummary}"] : Array.Empty<string>(),
                .. app.Offences.OrderBy(o => o.ConvictedOn ?? o.OffenceOn).Select(o =>
                    $"{o.Kind.Describe()}: {o.Description}{(o.CategoryCode is null ? "" : $" ({o.CategoryCode})")}{(o.ConvictedOn is { } on ? $", {LondonTime.Format(on)}" : "")}{(o.Sentence is null ? "" : $", {o.Sentence}")} — " +
                    (verdicts.TryGetValue(o.Id, out var v) ? $"{v.Summary}: {v.Why}" : "no verdict")),
            ]),
            new("Register check", register is null ? ["The register was not searched"] : [
                $"Searched {LondonTime.Format(register.SearchedOn)} by {register.SearchedByName} for {register.SearchedFor}: " +
                    string.Join(", ", register.Sources.Select(s => $"{s.Name} {(s.Outcome == SourceOutcome.Answered ? "answered" : "did not answer")}")),
                .. register.Hits.Count == 0 ? ["No match on the register"] : register.Hits.Select(h =>
                    $"{h.Band} match: {h.AuthorityName} recorded a {h.Decision} on {LondonTime.Format(h.DecisionDate)} ({h.Reasons}) — " +
                    (h.Reply is null ? "reply awaited" : $"reply received {LondonTime.Format(h.ReplyReceivedOn!.Value)}: {h.Reply}")),
            ]),
            new("Chronology", chronology.Select(e => $"{LondonTime.Format(e.On)} — {e.What}").ToList()),
            new("The applicant's representations", app.RepresentationsReceivedOn is { } received
                ? [$"Received {LondonTime.Format(received)}: {app.Representations}"]
                : ["None received"]),
        ];
    }

    private static string Describe(CheckStatus s) => s switch
    {
        CheckStatus.InOrder => "in order",
        CheckStatus.ExpiringSoon => "in order, expiring soon",
        _ => "NOT IN ORDER",
    };
}
