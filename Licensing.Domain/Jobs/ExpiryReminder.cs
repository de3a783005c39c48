namespace Licensing.Domain.Jobs;

/// <summary>
/// A licence-expiry reminder sent to the licensee: one per licence, per expiry date, per threshold
/// (8 and 4 weeks before by default). The unique key is what stops a retried run from writing twice;
/// the expiry date is in it so a renewed licence is reminded again before its new expiry.
/// </summary>
public sealed class ExpiryReminder : Common.IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid LicenceId { get; private set; }
    public Guid PersonId { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public int WeeksBefore { get; private set; }
    public DateOnly SentOn { get; private set; }
    public Guid NoticeId { get; private set; }

    Guid? Common.IBelongsToPerson.TimelinePersonId => PersonId;

    private ExpiryReminder() { }

    public static ExpiryReminder Record(Guid licenceId, Guid personId, DateOnly expiresOn, int weeksBefore, DateOnly sentOn, Guid noticeId) => new()
    {
        LicenceId = licenceId,
        PersonId = personId,
        ExpiresOn = expiresOn,
        WeeksBefore = weeksBefore,
        SentOn = sentOn,
        NoticeId = noticeId,
    };
}
