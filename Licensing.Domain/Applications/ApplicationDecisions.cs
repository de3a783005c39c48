using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Applications;

/// <summary>What the authorised officer (or sub-committee) decided on an application, and the terms of a grant.</summary>
public sealed record ApplicationDecisionDraft(
    DecisionOutcome Outcome,
    string Reasons,
    GroundsCategory? Grounds = null,
    string? LicenceNumber = null,
    string? BadgeNumber = null,
    int? TermMonths = null,
    string? ShorterTermReasons = null,
    string? Conditions = null,
    string? DepartureReasons = null,
    string? ExceptionalReasons = null,
    bool ExceptionalReasonsSignedOff = false);

/// <summary>
/// Deciding an application: the rules that guard a grant (checks in order, the policy respected or
/// departed from with reasons, an independent decider), then the decision, the licence and the notice,
/// all added to the context for one save. The caller saves.
/// </summary>
public static class ApplicationDecisions
{
    /// <summary>Loads an application with everything a decision or the case page needs.</summary>
    public static Task<LicenceApplication?> LoadAsync(LicensingDbContext db, Guid id, CancellationToken ct = default) =>
        db.Applications
            .Include(a => a.Checks).Include(a => a.Offences)
            .Include(a => a.RegisterChecks).ThenInclude(r => r.Sources)
            .Include(a => a.RegisterChecks).ThenInclude(r => r.Hits)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    public static async Task<Decision?> DecideAsync(LicensingDbContext db, LicenceApplication app, ApplicationDecisionDraft d, Actor maker,
        DecisionMaker makerKind, ApplicationOptions options, AuthorityOptions authority, CancellationToken ct = default)
    {
        var bySubCommittee = makerKind == DecisionMaker.SubCommittee;
        app.RequireIndependentDecider(maker, bySubCommittee);
        if (d.Outcome == DecisionOutcome.ReferToSubCommittee)
        {
            if (bySubCommittee) throw new DomainRuleException("The sub-committee decides; it cannot refer to itself");
            app.Refer(d.Reasons, maker, db.UtcNow);
            return null;
        }
        // The applicant is entitled to be heard: the sub-committee decides only at a hearing (Committee.Hearings.DecideApplicationAsync).
        if (bySubCommittee && !await db.Hearings.AnyAsync(h => h.ApplicationId == app.Id, ct))
            throw new DomainRuleException("The sub-committee decides a referred application at a hearing: arrange the hearing first");
        // Find also sees records added in this unit of work (an applicant recorded with the application).
        var person = await db.People.FindAsync([app.PersonId], ct) ?? throw new DomainRuleException("The applicant's record is missing");
        var policy = await db.CurrentPolicyAsync(ct);
        var renewing = app.RenewsLicenceId is { } rid ? await db.Licences.FindAsync([rid], ct) : null;
        var today = db.Today;
        var suitability = app.Suitability(policy, today);

        if (d.Outcome == DecisionOutcome.Refuse)
        {
            var refusal = Decision.Record(new DecisionDraft(person.Id, renewing is null ? DecisionKind.Refusal : DecisionKind.RefusalToRenew, app.LicenceType,
                makerKind, maker.Name, d.Reasons, today, d.Grounds ?? GroundsFor(suitability), renewing?.Id, app.Id, MakerUserId: maker.Id, PolicyVersion: policy.Label), db.UtcNow);
            app.RecordDecision(refusal, maker, db.UtcNow, null, null);
            DecisionConsequences.Follow(db, refusal, person, authority);
            return refusal;
        }

        var blocking = app.CheckStates(options, today).Where(s => s.BlocksGrant).ToList();
        if (blocking.Count > 0)
            throw new DomainRuleException($"The licence cannot be granted while these checks are missing, unsatisfactory or expired: {string.Join("; ", blocking.Select(b => b.Describe()))}.", "Outcome");
        string? exceptional = null;
        if (suitability.Overall == VerdictKind.RefuseNever)
        {
            if (string.IsNullOrWhiteSpace(d.ExceptionalReasons) || !d.ExceptionalReasonsSignedOff)
                throw new DomainRuleException($"The policy ({policy.Label}) says the applicant is never eligible: a grant needs exceptional reasons, recorded and signed off by an authorised officer", "ExceptionalReasons");
            exceptional = d.ExceptionalReasons.Trim();
        }
        var departure = string.IsNullOrWhiteSpace(d.DepartureReasons) ? app.DepartureReasons : d.DepartureReasons.Trim();
        if (suitability.Overall == VerdictKind.RefuseUntil && departure is null)
            throw new DomainRuleException($"The policy says \"{suitability.Summary}\": give written reasons for departing from it", "DepartureReasons");

        // Two applications to renew one licence (from before one open renewal at a time was the rule) would add the term twice.
        if (renewing is not null && await db.Decisions.Where(x => x.LicenceId == renewing.Id && x.Kind == DecisionKind.Grant && x.ApplicationId != null && x.ApplicationId != app.Id && x.DecidedOn >= app.ReceivedOn)
                .Select(x => (DateOnly?)x.DecidedOn).FirstOrDefaultAsync(ct) is { } renewedOn)
            throw new DomainRuleException($"Licence {renewing.Number} was renewed on {LondonTime.Format(renewedOn)} under another application, after this one was received: refuse or withdraw this one rather than add the term again", "Outcome");
        var standardMonths = options.TermYears(app.LicenceType) * 12;
        var months = d.TermMonths ?? standardMonths;
        if (months < 1 || months > standardMonths)
            throw new DomainRuleException($"The term is between 1 and {standardMonths} months for a {app.LicenceType.Describe().ToLowerInvariant()} licence", "TermMonths");
        if (months < standardMonths && string.IsNullOrWhiteSpace(d.ShorterTermReasons))
            throw new DomainRuleException($"Give the reasons for a term shorter than the usual {standardMonths / 12} years", "ShorterTermReasons");

        // A renewed term starts when the old one ends, or on the decision day if it has lapsed.
        var from = renewing is not null && renewing.ExpiresOn > today ? renewing.ExpiresOn : today;
        var expires = from.AddMonths(months);
        string? leaveNote = null;
        if (app.LeaveEndsOn() is { } leaveEnds && leaveEnds < expires)
        {
            if (leaveEnds <= from)
                throw new DomainRuleException($"The applicant's leave to remain ends on {LondonTime.Format(leaveEnds)}, and a licence cannot run beyond it (LGMPA 1976 s.53A, Immigration Act 2016): the licence already runs to {LondonTime.Format(from)}", "Outcome");
            expires = leaveEnds;
            leaveNote = $"\nThe licence ends on {LondonTime.Format(leaveEnds)}, when the applicant's leave to remain in the UK ends (right to work check; LGMPA 1976 s.53A, Immigration Act 2016)";
        }

        var reasons = d.Reasons
            + (departure is null ? "" : $"\nDeparture from policy {policy.Label}: {departure}")
            + (exceptional is null ? "" : $"\nExceptional reasons (signed off by {maker.Name}): {exceptional}")
            + (months < standardMonths ? $"\nShorter term of {months} months: {d.ShorterTermReasons!.Trim()}" : "")
            + leaveNote;
        var grant = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Grant, app.LicenceType, makerKind, maker.Name, reasons, today,
            LicenceId: renewing?.Id, ApplicationId: app.Id, MakerUserId: maker.Id, PolicyVersion: policy.Label), db.UtcNow);
        var conditions = string.IsNullOrWhiteSpace(d.Conditions) ? app.RecommendedConditions : d.Conditions.Trim();
        var licence = renewing is null
            ? await IssueAsync(db, app, grant, person, d, today, expires, conditions, ct)
            : Renew(renewing, grant, expires, conditions);
        app.RecordDecision(grant, maker, db.UtcNow, licence.Id, exceptional);
        DecisionConsequences.Follow(db, grant, person, authority);
        return grant;
    }

    private static Licence Renew(Licence renewing, Decision grant, DateOnly expires, string? conditions)
    {
        renewing.Renew(grant, expires, conditions);
        return renewing;
    }

    private static async Task<Licence> IssueAsync(LicensingDbContext db, LicenceApplication app, Decision grant, Person person, ApplicationDecisionDraft d,
        DateOnly today, DateOnly expires, string? conditions, CancellationToken ct)
    {
        var number = d.LicenceNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(number)) throw new DomainRuleException("Enter the licence number", "LicenceNumber");
        // Compared as the unique index does, so "DL 00042" is refused here when DL00042 exists, not at the save.
        var compact = SearchText.Compact(number);
        if (await db.Licences.AnyAsync(l => l.SearchNumber == compact, ct)) throw new DomainRuleException($"Licence number {number} is already in use", "LicenceNumber");
        Licence licence;
        if (app.LicenceType.IsDriver())
        {
            var badge = SearchText.Compact(d.BadgeNumber);
            if (badge.Length > 0 && await db.DriverLicences.AnyAsync(l => l.SearchBadgeNumber == badge, ct))
                throw new DomainRuleException($"Badge number {d.BadgeNumber} is already in use", "BadgeNumber");
            licence = DriverLicence.Grant(grant, person.Id, app.LicenceType, number, d.BadgeNumber ?? "", today, expires, conditions);
        }
        else if (app.LicenceType == LicenceType.PrivateHireOperator)
            licence = OperatorLicence.Grant(grant, person.Id, app.CompanyName, null, app.OperatingCentre, number, today, expires, conditions);
        else
        {
            if (await OneLicencePerVehicle.ProblemAsync(db.VehicleLicences, app.VehicleRegistration, null, "Outcome", ct) is { } taken) throw taken;
            licence = VehicleLicence.Grant(grant, person.Id, app.LicenceType, number,
                new VehicleDetails(app.VehicleRegistration!, app.VehicleMake!, app.VehicleModel!, app.VehicleColour!), today, expires, conditions);
        }
        db.Licences.Add(licence);
        return licence;
    }

    /// <summary>A refusal's register grounds default to the gravest policy category behind it.</summary>
    private static GroundsCategory? GroundsFor(SuitabilityAssessment s) =>
        s.Records.Where(r => r.Bars && r.Row is not null).OrderByDescending(r => r.Kind).Select(r => (GroundsCategory?)r.Row!.Grounds).FirstOrDefault();

    /// <summary>The next free licence (and badge) number in the authority's series for the type.</summary>
    public static async Task<(string Number, string? Badge)> SuggestNumbersAsync(LicensingDbContext db, LicenceType type, CancellationToken ct = default)
    {
        var prefix = type.IsDriver() ? "DL" : type == LicenceType.PrivateHireOperator ? "OP" : type == LicenceType.HackneyCarriageVehicle ? "HC" : "PH";
        var numbers = await db.Licences.Where(l => l.Number.StartsWith(prefix)).Select(l => l.Number).ToListAsync(ct);
        var next = numbers.Select(n => int.TryParse(n[prefix.Length..], out var i) ? i : 0).DefaultIfEmpty(0).Max() + 1;
        if (!type.IsDriver()) return ($"{prefix}{next:D4}", null);
        var badges = await db.DriverLicences.Select(l => l.BadgeNumber).ToListAsync(ct);
        var badge = badges.Select(b => int.TryParse(b, out var i) ? i : 0).DefaultIfEmpty(1000).Max() + 1;
        return ($"{prefix}{next:D5}", badge.ToString());
    }

}
