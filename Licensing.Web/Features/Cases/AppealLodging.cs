using Licensing.Web.Components.Gov;

namespace Licensing.Web.Features.Cases;

/// <summary>
/// What an officer enters to record an appeal being lodged, whether against a decision or against conditions
/// (<see cref="AppealLodgingFields"/> shows it). The court starts empty: the officer names it, rather than the
/// page naming one council's court for every council.
/// </summary>
public sealed class AppealLodging
{
    public DateParts LodgedOn { get; private init; } = new();
    public DateParts HearingOn { get; } = new();
    public string? Court { get; set; }

    public static AppealLodging From(DateOnly today) => new() { LodgedOn = DateParts.Of(today) };

    /// <summary>The two dates, each bad one added to <paramref name="errors"/>; a step stops when errors has any.</summary>
    public (DateOnly? Lodged, DateOnly? Hearing) ReadDates(RuleErrors errors) =>
        (errors.Read(LodgedOn, "LodgedOn", "Date lodged", "Enter the date the appeal was lodged"), errors.Read(HearingOn, "AppealHearingOn", "Hearing date"));
}
