using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Committee;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Cases;

/// <summary>
/// Development only: a review case at every stage, built through the same domain steps the pages use
/// (dated in the past where the story needs it), so the case list and the journeys have something to show.
/// </summary>
public static class DemoReviews
{
    /// <summary>A fourth councillor, so that there is a hearing committee@demo.example does not sit on.</summary>
    public const string ExtraCommitteeMember = "committee4@demo.example";

    public static async Task SeedAsync(IServiceProvider services, LicensingDbContext db)
    {
        if (await db.ReviewCases.AnyAsync()) return;
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var authority = services.GetRequiredService<IOptions<AuthorityOptions>>().Value;
        if (await users.FindByEmailAsync(ExtraCommitteeMember) is null)
        {
            var extra = new StaffUser { UserName = ExtraCommitteeMember, Email = ExtraCommitteeMember, DisplayName = "Cllr Dora Member", EmailConfirmed = true };
            await users.CreateAsync(extra, Hosting.DemoData.Password);
            await users.AddToRoleAsync(extra, Roles.CommitteeMember);
        }
        async Task<(string Id, string Name)> User(string email) => await users.FindByEmailAsync(email) is { } u ? (u.Id, u.DisplayName) : throw new InvalidOperationException(email);
        var officer = await User("officer@demo.example");
        var officer2 = await User("officer2@demo.example");
        var manager = await User("manager@demo.example");
        var panel = new[] { await User("committee@demo.example"), await User("committee2@demo.example"), await User("committee3@demo.example") };
        var otherPanel = new[] { await User("committee2@demo.example"), await User("committee3@demo.example"), await User(ExtraCommitteeMember) };

        var today = db.Today;
        var now = db.UtcNow;
        var concernCount = await db.Concerns.CountAsync();
        var caseCount = 0;
        var grading = new Grading(SourceGrade.Reliable, InformationGrade.KnownIndirectlyCorroborated, HandlingCode.LawfulSharingPermitted);

        async Task<(ReviewCase Case, Person Person, Licence Licence, EvidenceItem Evidence)> Open(string licenceNumber, int daysAgo, ConcernCategory category, string narrative, string allegation, (string Id, string Name) by)
        {
            var licence = await db.Licences.SingleAsync(l => l.Number == licenceNumber);
            var person = await db.People.SingleAsync(p => p.Id == licence.HolderId);
            var opened = today.AddDays(-daysAgo);
            var concern = Concern.Record(new ConcernDraft(ConcernSource.Police, category, grading, narrative, opened, [], "Eastbrook Police", opened.AddDays(-2), "Eastbrook town centre", person.Id, licence.Id),
                $"CN-{today.Year}-{++concernCount:D4}", by.Name, opened, now);
            db.Concerns.Add(concern);
            var review = ReviewCase.Open($"RC-{today.Year}-{++caseCount:D4}", person, licence, [concern], by.Id, by.Name, opened, now);
            review.FrameAllegation(allegation, [concern.Id]);
            var evidence = review.AddEvidence(EvidenceKind.PoliceInformation, "Police disclosure under the Common Law Police Disclosure provisions", "Eastbrook Police", grading, opened, by.Name, opened);
            db.ReviewCases.Add(review);
            return (review, person, licence, evidence);
        }

        void Invite((ReviewCase Case, Person Person, Licence Licence, EvidenceItem Evidence) c, int daysAgo)
        {
            c.Case.InviteRepresentations(today.AddDays(-daysAgo), null, today.AddDays(-daysAgo));
            db.Notices.Add(ReviewNotices.RepresentationsInvitation(c.Case, now));
        }

        void Find((ReviewCase Case, Person Person, Licence Licence, EvidenceItem Evidence) c, int daysAgo, string by)
        {
            c.Case.RecordRepresentations(today.AddDays(-daysAgo), "Denies the allegation through his solicitor; accepts he was in the area", today.AddDays(-daysAgo));
            c.Case.RecordFinding(c.Case.Allegations[0].Id, true, "The police account is detailed, graded 1B and corroborated; the denial is general and does not explain the sightings.",
                [c.Evidence.Id], by, today.AddDays(-daysAgo), invitationServedOn: null); // he replied
        }

        void Recommend((ReviewCase Case, Person Person, Licence Licence, EvidenceItem Evidence) c, int daysAgo, string by) =>
            c.Case.Recommend(new CaseRecommendation("On the balance of probabilities the allegation is proven and the licensee is not a fit and proper person.",
                CaseOutcome.Revocation, "The proven conduct puts vulnerable passengers at risk."), by, today.AddDays(-daysAgo));

        // 1. Being investigated.
        await Open("DL01011", 3, ConcernCategory.Violence, "Assault on a passenger after a fare dispute outside the Red Lion, reported by the victim to police.",
            "Punched a passenger during a dispute about the fare on the night of the incident", officer2);
        // 2. Representations invited.
        Invite(await Open("DL01012", 8, ConcernCategory.SexualMisconduct, "A lone female passenger reports sexual comments and being asked for her address.",
            "Made sexual remarks to a lone female passenger and asked where she lived", officer), 5);
        // 3. Findings recorded.
        var findings = await Open("DL01013", 30, ConcernCategory.Dishonesty, "Operator reports the driver used another driver's account to accept bookings while his own was suspended.",
            "Accepted bookings using another driver's account", officer2);
        Invite(findings, 25);
        Find(findings, 6, officer2.Name);
        // 4. Awaiting decision.
        var awaiting = await Open("DL01014", 35, ConcernCategory.Safeguarding, "Police disclose the driver was seen with two 14-year-old girls in his vehicle at 1am, not on a booking.",
            "Carried two children late at night without a booking and gave them alcohol", officer);
        Invite(awaiting, 30);
        Find(awaiting, 10, officer.Name);
        Recommend(awaiting, 8, officer.Name);
        // 5. Referred to the sub-committee, heard today by a panel including committee@demo.example.
        var referred = await Open("DL01015", 40, ConcernCategory.Safeguarding, "School reports the driver of a contract vehicle giving a pupil gifts and his personal number.",
            "Gave a child passenger gifts and his personal phone number, contrary to the safeguarding code", officer);
        Invite(referred, 35);
        Find(referred, 15, officer.Name);
        Recommend(referred, 12, officer.Name);
        // Police intelligence graded C on the same licensee: the panel's hearing pack notes it is withheld (need to know).
        var restricted = Concern.Record(new ConcernDraft(ConcernSource.Police, ConcernCategory.Safeguarding, grading with { Handling = HandlingCode.ConditionsApply },
            "Police intelligence, conditions on sharing: the driver's phone number was found in a phone seized in a child exploitation investigation.",
            today.AddDays(-38), [], "Eastbrook Police", today.AddDays(-39), null, referred.Person.Id, referred.Licence.Id),
            $"CN-{today.Year}-{++concernCount:D4}", officer.Name, today.AddDays(-38), now);
        restricted.TriageAs(TriageOutcome.IntelligenceOnly, "Held as intelligence; the police ask that it is not shared further.", manager.Name, now);
        db.Concerns.Add(restricted);
        referred.Case.ReferToSubCommittee("The licensee disputes the facts and asked to be heard in person.", today.AddDays(-10));
        await db.SaveChangesAsync(); // the hearing pack's chronology is read from the database
        await Hearings.ArrangeAsync(db, referred.Case, today, "10:00", "Committee Room 1, Town Hall", panel);
        // 6. Another referral, heard next week by a panel without committee@demo.example.
        var other = await Open("DL01016", 45, ConcernCategory.DrivingStandards, "Three complaints of using a hand-held phone while driving, one with dashcam footage.",
            "Used a hand-held phone while driving passengers", officer2);
        Invite(other, 40);
        Find(other, 20, officer2.Name);
        Recommend(other, 18, officer2.Name);
        other.Case.ReferToSubCommittee("Long-serving driver; the sub-committee should weigh the mitigation.", today.AddDays(-16));
        await Hearings.ArrangeAsync(db, other.Case, today.AddDays(7), "14:00", "Committee Room 2, Town Hall", otherPanel);
        // 7. Decided: a suspension whose appeal window is still running.
        var decided = await Open("DL01017", 60, ConcernCategory.Fares, "Repeated overcharging of passengers from the station rank, confirmed by meter records.",
            "Overcharged passengers on at least four journeys", officer2);
        Invite(decided, 55);
        Find(decided, 30, officer2.Name);
        decided.Case.Recommend(new CaseRecommendation("Proven overcharging; dishonest but not a risk to passengers' safety.", CaseOutcome.Suspension,
            "A four-week suspension marks the seriousness of repeated overcharging.", new SuspensionPeriod(4, SuspensionUnit.Weeks)), officer2.Name, today.AddDays(-28));
        var decision = decided.Case.Decide(new CaseDecisionInput(CaseOutcome.Suspension, "Four proven overcharges; a suspension of four weeks marks their seriousness.", new SuspensionPeriod(4, SuspensionUnit.Weeks)),
            decided.Licence, DecisionMaker.AuthorisedOfficer, manager.Id, manager.Name, today.AddDays(-6), now)!;
        DecisionConsequences.Follow(db, decision, decided.Person, authority);
        decision.NoticeServed(today.AddDays(-5));
        // 8. Revoked with immediate effect eleven days ago, the badge not yet handed in: it shows on "Badges and plates not returned".
        var revoked = await Open("DL01018", 25, ConcernCategory.Safeguarding, "Police report the driver was arrested for sexual activity with a 15-year-old he met as a passenger.",
            "Engaged in sexual activity with a child he met as a passenger", officer);
        Invite(revoked, 22);
        Find(revoked, 14, officer.Name);
        Recommend(revoked, 13, officer.Name);
        var revocation = revoked.Case.Decide(new CaseDecisionInput(CaseOutcome.Revocation, "Proven on the balance of probabilities; he is not a fit and proper person.",
                ImmediateEffect: true, PublicSafetyReasons: "He carries school contracts and lone young passengers; the risk cannot wait for an appeal."),
            revoked.Licence, DecisionMaker.AuthorisedOfficer, manager.Id, manager.Name, today.AddDays(-12), now)!;
        DecisionConsequences.Follow(db, revocation, revoked.Person, authority);
        revocation.NoticeServed(today.AddDays(-11));
        await DecisionsTakingEffect.TakeEffectAsync(db, revocation, authority);
        await db.SaveChangesAsync();
    }
}
