using System.Text.RegularExpressions;
using Licensing.Domain.Common;

namespace Licensing.Domain.Notices;

/// <summary>
/// The wording of one kind of letter, which an administrator may edit. Every edit is a new version
/// (the notice records the version it was issued under). A version that drops a statutory part — a
/// required placeholder such as {{Grounds}}, or a required phrase such as "21 days" — is refused.
/// Markup: "# " starts a heading, "- " a bullet, "! " a boxed statement; a blank line ends a paragraph.
/// </summary>
public sealed partial class NoticeTemplate
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public NoticeKind Kind { get; private set; }
    public int TemplateVersion { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private NoticeTemplate() { }

    /// <summary>What each placeholder stands for; an unknown one (a typo) is refused.</summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>
    {
        ["Reference"] = "the notice's reference",
        ["LicenseeName"] = "the licensee's name",
        ["LicenceType"] = "the kind of licence",
        ["LicenceNumber"] = "the licence number",
        ["Particulars"] = "the licence particulars as a table (badge, vehicle, operating centre, conditions, dates)",
        ["DecisionDate"] = "the date of the decision",
        ["StatutoryPower"] = "the power used, e.g. LGMPA 1976 s.61(1)(b)",
        ["Grounds"] = "the grounds for the decision, in plain words",
        ["TakesEffect"] = "when the decision takes effect (after the appeal period, or at once with the public-safety statement and why)",
        ["AppealCourt"] = "the court an appeal goes to (the magistrates' court; the Crown Court for hackney carriage vehicles)",
        ["ReturnOfBadge"] = "the duty to return the badge (and the plates, for a vehicle)",
        ["DecidedBy"] = "the officer or sub-committee who decided",
        ["AuthorityName"] = "the council's name",
        ["AuthorityContact"] = "the council's address, telephone and email",
        ["Signatory"] = "who signs for the council",
        ["Body"] = "the letter's own text, written by the officer",
        ["HearingDate"] = "the date and time of the hearing",
        ["HearingPlace"] = "where the hearing is held",
        ["RepresentationsBy"] = "the date by which representations are due",
        ["ExpiresOn"] = "the licence's expiry date",
        ["SuspensionEnds"] = "how long a suspension lasts (\"for 8 weeks, counted from the day the suspension takes effect\"; its dates once it has taken effect)",
        ["Sections"] = "the hearing pack's sections",
    };

    private static readonly string[] DecisionParts = ["Grounds", "StatutoryPower", "DecisionDate", "TakesEffect", "AppealCourt", "DecidedBy", "Reference"];

    /// <summary>The statutory parts (DOMAIN.md "Notices") a template of this kind must keep.</summary>
    public static IReadOnlyList<string> RequiredPlaceholders(NoticeKind kind) => kind switch
    {
        NoticeKind.Refusal => DecisionParts,
        NoticeKind.RefusalToRenew or NoticeKind.Suspension or NoticeKind.Revocation => [.. DecisionParts, "ReturnOfBadge"],
        NoticeKind.RepresentationsInvitation => ["Body", "RepresentationsBy", "Reference"],
        NoticeKind.WarningLetter => ["Body", "Reference"],
        NoticeKind.ConditionsLetter => ["Body", "LicenceNumber", "Reference"],
        NoticeKind.HearingInvitation => ["HearingDate", "HearingPlace", "Reference"],
        NoticeKind.HearingAdjourned => ["HearingDate", "Body", "Reference"],
        NoticeKind.HearingPack => ["Sections", "Reference"],
        NoticeKind.LicenceDocument => ["Particulars", "LicenceNumber"],
        NoticeKind.ExpiryReminder => ["ExpiresOn", "LicenceNumber"],
        _ => [],
    };

    /// <summary>Words of the right of appeal that must stay in the wording itself.</summary>
    public static IReadOnlyList<string> RequiredPhrases(NoticeKind kind) =>
        kind.IsDecisionNotice() ? ["right of appeal", "21 days"] : [];

    public static NoticeTemplate Create(NoticeKind kind, int version, string title, string body, string createdBy, DateTime createdAtUtc)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainRuleException("Enter the letter's title", nameof(Title));
        if (string.IsNullOrWhiteSpace(body)) throw new DomainRuleException("Enter the wording", nameof(Body));
        var used = PlaceholdersIn(title + "\n" + body).ToHashSet();
        var unknown = used.Where(p => !Placeholders.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
            throw new DomainRuleException($"Unknown placeholder {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}: use only the placeholders listed", nameof(Body));
        var missing = RequiredPlaceholders(kind).Where(p => !used.Contains(p)).ToList();
        if (missing.Count > 0)
            throw new DomainRuleException($"The wording must keep the statutory part{(missing.Count > 1 ? "s" : "")} " +
                string.Join("; ", missing.Select(m => "{{" + m + "}} (" + Placeholders[m] + ")")), nameof(Body));
        var missingPhrases = RequiredPhrases(kind).Where(p => !body.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();
        if (missingPhrases.Count > 0)
            throw new DomainRuleException($"The wording must state the right of appeal, including the words {string.Join(" and ", missingPhrases.Select(p => "\"" + p + "\""))}", nameof(Body));
        return new NoticeTemplate
        {
            Kind = kind,
            TemplateVersion = version,
            Title = title.Trim(),
            Body = body.Replace("\r\n", "\n").Trim(),
            CreatedBy = createdBy,
            CreatedAt = createdAtUtc,
        };
    }

    /// <summary>The shipped wording (version 1), seeded into the database by the migration.</summary>
    internal static NoticeTemplate Seed(Guid id, NoticeKind kind, string title, string body, DateTime at)
    {
        var template = Create(kind, 1, title, body, "Built-in default", at);
        template.Id = id;
        return template;
    }

    public static IEnumerable<string> PlaceholdersIn(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct();

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    internal static partial Regex PlaceholderPattern();
}
