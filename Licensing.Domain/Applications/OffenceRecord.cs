using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Policy;

namespace Licensing.Domain.Applications;

public sealed record OffenceDetails(
    OffenceKind Kind,
    string Description,
    string? CategoryCode,
    DateOnly? OffenceOn,
    DateOnly? ConvictedOn,
    string? Court = null,
    string? Sentence = null,
    DateOnly? SentenceEndsOn = null,
    DateOnly? BanEndsOn = null,
    int? Points = null,
    string? Source = null);

/// <summary>
/// A conviction, caution, endorsement or other information (arrest, charge, non-conviction
/// information, complaint) known about the applicant, as the officer recorded it.
/// </summary>
public sealed class OffenceRecord : IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; private set; }
    public Guid PersonId { get; private set; }
    public OffenceKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public string? CategoryCode { get; private set; }
    public DateOnly? OffenceOn { get; private set; }
    /// <summary>The date of the conviction, caution or endorsement; for other information, the date it arose.</summary>
    public DateOnly? ConvictedOn { get; private set; }
    public string? Court { get; private set; }
    public string? Sentence { get; private set; }
    public DateOnly? SentenceEndsOn { get; private set; }
    public DateOnly? BanEndsOn { get; private set; }
    public int? Points { get; private set; }
    public string? Source { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private OffenceRecord() { }

    public OffenceFacts Facts() => new(Id, Kind, CategoryCode, ConvictedOn, SentenceEndsOn, BanEndsOn);

    internal static OffenceRecord Record(LicenceApplication application, OffenceDetails d, PolicyVersion policy, Actor by, DateTime nowUtc, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(d.Description)) throw new DomainRuleException("Describe the offence or information", nameof(d.Description));
        var code = string.IsNullOrWhiteSpace(d.CategoryCode) ? null : d.CategoryCode.Trim();
        if (d.Kind.CarriesPeriod())
        {
            if (code is null) throw new DomainRuleException("Choose the offence category from the suitability policy", nameof(d.CategoryCode));
            if (d.ConvictedOn is null) throw new DomainRuleException($"Enter the date of the {d.Kind.Describe().ToLowerInvariant()}", nameof(d.ConvictedOn));
        }
        if (code is not null && policy.Find(code) is null)
            throw new DomainRuleException($"'{code}' is not an offence category in policy {policy.Label}: choose one of its categories", nameof(d.CategoryCode));
        if (d.OffenceOn > today) throw new DomainRuleException("The date of the offence cannot be in the future", nameof(d.OffenceOn));
        if (d.ConvictedOn > today) throw new DomainRuleException("The date of the conviction, caution or endorsement cannot be in the future", nameof(d.ConvictedOn));
        if (d.OffenceOn is { } o && d.ConvictedOn is { } c && c < o)
            throw new DomainRuleException("The conviction, caution or endorsement cannot be before the offence", nameof(d.ConvictedOn));
        if (d.SentenceEndsOn is { } s && (d.ConvictedOn is not { } c2 || s < c2))
            throw new DomainRuleException("The sentence cannot end before the conviction", nameof(d.SentenceEndsOn));
        if (d.BanEndsOn is { } b && (d.ConvictedOn is not { } c3 || b < c3))
            throw new DomainRuleException("A driving ban cannot end before the conviction", nameof(d.BanEndsOn));
        if (d.Points is < 0 or > 12) throw new DomainRuleException("Penalty points for one offence are between 0 and 12", nameof(d.Points));

        return new OffenceRecord
        {
            ApplicationId = application.Id, PersonId = application.PersonId, Kind = d.Kind, Description = d.Description.Trim(),
            CategoryCode = code, OffenceOn = d.OffenceOn, ConvictedOn = d.ConvictedOn, Court = Clean(d.Court), Sentence = Clean(d.Sentence),
            SentenceEndsOn = d.SentenceEndsOn, BanEndsOn = d.BanEndsOn, Points = d.Points, Source = Clean(d.Source),
            RecordedByUserId = by.Id, RecordedByName = by.Name, RecordedAt = nowUtc,
        };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
