using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices.Pdf;

namespace Licensing.Domain.Notices;

/// <summary>Everything a notice's wording draws on, loaded once.</summary>
public sealed record NoticeFacts(
    Notice Notice,
    Person Person,
    Decision? Decision,
    Licence? Licence,
    AuthorityOptions Authority,
    string Reference,
    DateOnly Date,
    DateTime? ReplacedIssuedAt = null,
    NoticeParticulars? Particulars = null)
{
    public NoticeParticulars Filled => Particulars ?? Notice.Particulars;
}

/// <summary>
/// Fills a template with the facts of one notice and turns its markup into a letter. Refuses to word a
/// notice that would be unlawful: a decision notice without grounds, or immediate effect without the
/// public-safety explanation.
/// </summary>
public static class NoticeWording
{
    public static LetterDocument Compose(NoticeFacts facts, NoticeTemplate template)
    {
        if (template.Kind != facts.Notice.Kind) throw new ArgumentException("Template of the wrong kind", nameof(template));
        RequireStatutoryFacts(facts);
        var values = Values(facts);
        string Fill(string text) => NoticeTemplate.PlaceholderPattern().Replace(text, m => values.GetValueOrDefault(m.Groups[1].Value, ""));

        var blocks = new List<Block>();
        if (facts.Notice.ReplacesReference is { } replaced)
            blocks.Add(new Callout($"This notice replaces notice {replaced}" +
                (facts.ReplacedIssuedAt is { } at ? $" issued on {LondonTime.Format(LondonTime.DateOf(at))}" : "") +
                ", which is withdrawn. Read this notice instead of it; any time limit runs from the day this notice is given to you."));
        blocks.AddRange(Parse(template.Body, Fill, facts));
        blocks = DropEmptySections(blocks);

        var a = facts.Authority;
        var address = facts.Person.Address;
        var recipient = new[] { facts.Person.FullName, address.Line1, address.Line2, address.Town, address.Postcode }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
        var title = Fill(template.Title);
        if (title.Length > 0) title = char.ToUpperInvariant(title[0]) + title[1..];
        return new LetterDocument(title, facts.Reference, new Letterhead(a.Name, a.ServiceName, a.Address, a.Phone, a.Email), recipient, facts.Date, blocks);
    }

    public static void RequireStatutoryFacts(NoticeFacts facts)
    {
        var n = facts.Notice;
        var p = facts.Filled;
        if (n.IsDecisionNotice)
        {
            var d = facts.Decision ?? throw new DomainRuleException("A decision notice must be about a recorded decision");
            if (string.IsNullOrWhiteSpace(d.Reasons)) throw new DomainRuleException("The decision has no grounds: a notice cannot be issued without the grounds in plain words", "Grounds");
            if (d.ImmediateEffect && string.IsNullOrWhiteSpace(d.PublicSafetyReasons))
                throw new DomainRuleException("The decision has immediate effect but no explanation of why public safety requires it (s.61(2B)): the notice cannot be issued", "PublicSafetyReasons");
            if (n.Kind != NoticeKind.Refusal && facts.Licence is null) throw new DomainRuleException("The notice must name the licence it is about", "LicenceId");
        }
        switch (n.Kind)
        {
            case NoticeKind.RepresentationsInvitation when string.IsNullOrWhiteSpace(p.Body) || p.RepresentationsBy is null:
                throw new DomainRuleException("Say what the licensee is asked to answer and by when", "Body");
            case NoticeKind.WarningLetter when string.IsNullOrWhiteSpace(p.Body):
                throw new DomainRuleException("Write the warning", "Body");
            case NoticeKind.ConditionsLetter when string.IsNullOrWhiteSpace(p.Body) || facts.Licence is null:
                throw new DomainRuleException("Say which conditions were added to which licence, and why", "Body");
            case NoticeKind.HearingInvitation when p.HearingOn is null || string.IsNullOrWhiteSpace(p.HearingPlace):
                throw new DomainRuleException("Give the date, time and place of the hearing", "HearingAt");
            case NoticeKind.HearingAdjourned when p.HearingOn is null || string.IsNullOrWhiteSpace(p.Body):
                throw new DomainRuleException("Give the date of the adjourned hearing and why it was adjourned", "Body");
            case NoticeKind.HearingPack when p.Sections is not { Count: > 0 }:
                throw new DomainRuleException("The hearing pack has no sections", "Sections");
            case NoticeKind.LicenceDocument or NoticeKind.ExpiryReminder when facts.Licence is null:
                throw new DomainRuleException("The letter must be about a licence", "LicenceId");
        }
    }

    private static Dictionary<string, string> Values(NoticeFacts f)
    {
        var d = f.Decision;
        var l = f.Licence;
        var p = f.Filled;
        var type = (l?.Type ?? d?.LicenceType ?? p.LicenceType)?.Describe().ToLowerInvariant() ?? "";
        if (type.StartsWith("dual", StringComparison.Ordinal)) type = "dual driver";
        var a = f.Authority;
        return new Dictionary<string, string>
        {
            ["Reference"] = f.Reference,
            ["LicenseeName"] = f.Person.FullName,
            ["LicenceType"] = type,
            ["LicenceNumber"] = l?.Number ?? "(none: new application)",
            ["DecisionDate"] = d is null ? "" : LondonTime.Format(d.DecidedOn),
            ["StatutoryPower"] = d?.StatutoryPower ?? "",
            ["Grounds"] = d?.Reasons ?? "",
            ["TakesEffect"] = d is null ? "" : TakesEffect(d, f.Notice.ReplacesReference is not null),
            ["AppealCourt"] = (l?.Type ?? d?.LicenceType) == LicenceType.HackneyCarriageVehicle ? "the Crown Court" : "the magistrates' court",
            ["ReturnOfBadge"] = ReturnOfBadge(f),
            ["DecidedBy"] = d is null ? "" : d.MakerKind switch
            {
                DecisionMaker.SubCommittee => $"{d.MakerName} (licensing sub-committee)",
                DecisionMaker.Court => $"{d.MakerName}, on appeal",
                _ => $"{d.MakerName}, authorised officer under delegated powers",
            },
            ["AuthorityName"] = a.Name,
            ["AuthorityContact"] = string.Join(", ", new[] { a.Address, a.Phone, a.Email }.Where(s => !string.IsNullOrWhiteSpace(s))),
            ["Signatory"] = a.Signatory,
            ["Body"] = p.Body ?? "",
            ["HearingDate"] = p.HearingOn is { } on ? $"{on.ToString("dddd", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} {LondonTime.Format(on)}{(string.IsNullOrWhiteSpace(p.HearingTime) ? "" : " at " + p.HearingTime)}" : "",
            ["HearingPlace"] = p.HearingPlace ?? "",
            ["RepresentationsBy"] = p.RepresentationsBy is { } by ? LondonTime.Format(by) : "",
            ["ExpiresOn"] = l is null ? "" : LondonTime.Format(l.ExpiresOn),
            ["SuspensionEnds"] = d?.DescribeSuspension() ?? "",
        };
    }

    // The length goes with the statutory "when it takes effect" part, which a template cannot drop, so a
    // suspension notice always says how long the suspension lasts.
    private static string TakesEffect(Decision d, bool correction) => d.SuspensionPeriod is { } period
        ? $"{WhenItTakesEffect(d, correction)} The suspension lasts {period} from the day it takes effect, counting that day as the first, so it runs for the whole period whenever it begins" +
          (d.SuspensionDates() is { } dates ? $": {dates}." : ".")
        : WhenItTakesEffect(d, correction);

    private static string WhenItTakesEffect(Decision d, bool correction)
    {
        if (d.Kind == DecisionKind.Refusal)
            return $"The refusal has effect from the date of the decision. You must not work as a {d.LicenceType.Describe().ToLowerInvariant()} under a licence from this council unless one is granted to you.";
        if (d.ImmediateEffect)
        {
            // A correction cannot undo immediate effect already given by the notice it replaces (Decision.CorrectionServed).
            var when = correction && d.TookEffectOn is { } took
                ? $"It took effect on {LondonTime.Format(took)}, the day the notice this one replaces was given to you"
                : "It therefore takes effect immediately, on the day this notice is given to you";
            return "The council considers that the interests of public safety require this decision to have immediate effect. " +
                   $"{when}, and an appeal will not suspend it (Local Government (Miscellaneous Provisions) Act 1976, s.61(2B)). " +
                   $"Public safety requires immediate effect because: {d.PublicSafetyReasons}";
        }
        var what = d.Kind switch { DecisionKind.Suspension => "suspension", DecisionKind.Revocation => "revocation", _ => "decision" };
        return $"The {what} takes effect at the end of the period of 21 days beginning with the day this notice is given to you. " +
               "If you appeal within that period, it does not take effect until the appeal is finally decided or withdrawn. Until then you may continue to work under your licence.";
    }

    private static string ReturnOfBadge(NoticeFacts f)
    {
        var kind = f.Decision?.Kind;
        if (kind is not (DecisionKind.Suspension or DecisionKind.Revocation or DecisionKind.RefusalToRenew)) return "";
        var when = f.Decision!.ImmediateEffect ? "immediately" : "on the day the decision takes effect";
        var where = string.IsNullOrWhiteSpace(f.Authority.Address) ? "the council's licensing office" : f.Authority.Address;
        return f.Licence switch
        {
            DriverLicence dl => $"You must return your driver's badge (number {dl.BadgeNumber}) and your licence to {where} {when}. Failing to return the badge is an offence.",
            VehicleLicence vl => $"You must return the vehicle licence plates (plate {vl.PlateNumber}, vehicle {vl.Registration}) and the licence to {where} {when}.",
            _ => $"You must return your licence to {where} {when}.",
        };
    }

    private static List<Block> Parse(string body, Func<string, string> fill, NoticeFacts facts)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var fields = new List<(string, string)>();
        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            var text = fill(string.Join("\n", paragraph)).Trim();
            if (text.Length > 0) blocks.Add(new Paragraph(text));
            paragraph.Clear();
        }
        void FlushFields()
        {
            if (fields.Count == 0) return;
            blocks.Add(new Fields(fields.Where(r => r.Item2.Length > 0).ToList()));
            fields.Clear();
        }
        var bullets = new List<string>();
        void FlushBullets()
        {
            if (bullets.Count == 0) return;
            blocks.Add(new Bullets(bullets.ToList()));
            bullets.Clear();
        }
        void FlushAll() { FlushParagraph(); FlushFields(); FlushBullets(); }

        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) { FlushAll(); continue; }
            if (line.StartsWith("# ", StringComparison.Ordinal)) { FlushAll(); blocks.Add(new Heading(fill(line[2..].Trim()))); continue; }
            if (line.StartsWith("! ", StringComparison.Ordinal)) { FlushAll(); var text = fill(line[2..].Trim()); if (text.Length > 0) blocks.Add(new Callout(text)); continue; }
            if (line.StartsWith("- ", StringComparison.Ordinal)) { FlushParagraph(); FlushFields(); bullets.Add(fill(line[2..].Trim())); continue; }
            if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                FlushParagraph(); FlushBullets();
                var parts = line[2..].Split('|', 2);
                fields.Add((fill(parts[0].Trim()), parts.Length > 1 ? fill(parts[1].Trim()) : ""));
                continue;
            }
            if (line == "{{Particulars}}") { FlushAll(); blocks.Add(new Fields(Particulars(facts))); continue; }
            if (line == "{{Sections}}") { FlushAll(); blocks.AddRange(Sections(facts.Filled.Sections ?? [])); continue; }
            FlushFields(); FlushBullets();
            paragraph.Add(line);
        }
        FlushAll();
        return blocks;
    }

    private static IEnumerable<Block> Sections(IReadOnlyList<PackSection> sections)
    {
        var number = 0;
        foreach (var s in sections)
        {
            yield return new Heading($"{++number}. {s.Title}");
            if (!string.IsNullOrWhiteSpace(s.Text)) yield return new Paragraph(s.Text.Trim());
            if (s.Items is { Count: > 0 } items) yield return new Bullets(items);
        }
    }

    private static List<(string, string)> Particulars(NoticeFacts f)
    {
        var rows = new List<(string, string)> { ("Licence holder", f.Person.FullName), ("Date of birth", LondonTime.Format(f.Person.DateOfBirth)) };
        if (f.Licence is { } l)
        {
            rows.Add(("Licence type", l.Type.Describe()));
            rows.Add(("Licence number", l.Number));
            switch (l)
            {
                case DriverLicence dl:
                    rows.Add(("Badge number", dl.BadgeNumber));
                    if (f.Person.DrivingLicenceNumber is { } dvla) rows.Add(("DVLA driving licence", dvla));
                    break;
                case OperatorLicence ol:
                    if (ol.CompanyName is { } company) rows.Add(("Operator", company + (ol.CompanyNumber is { } no ? $" (company number {no})" : "")));
                    rows.Add(("Operating centre", ol.OperatingCentre.ToString()));
                    break;
                case VehicleLicence vl:
                    rows.Add(("Plate number", vl.PlateNumber));
                    rows.Add(("Vehicle", $"{vl.Registration}: {vl.Make} {vl.Model}, {vl.Colour}"));
                    break;
            }
            rows.Add(("Valid from", LondonTime.Format(l.IssuedOn)));
            rows.Add(("Expires on", LondonTime.Format(l.ExpiresOn)));
            rows.Add(("Conditions", string.IsNullOrWhiteSpace(l.Conditions) ? "The authority's standard conditions for this licence" : l.Conditions));
        }
        return rows;
    }

    /// <summary>A heading whose section came out empty (e.g. badge return on a refusal) is dropped with it.</summary>
    private static List<Block> DropEmptySections(List<Block> blocks) =>
        blocks.Where((b, i) => b is not Heading || (i + 1 < blocks.Count && blocks[i + 1] is not Heading)).ToList();
}
