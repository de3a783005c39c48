using Licensing.Domain.Common;

namespace Licensing.Domain.Decisions;

/// <summary>
/// A suspension as a licensing committee or authorised officer decides it: "suspended for 8 weeks". The
/// dates follow from the day it takes effect, which is not known when it is decided (LGMPA 1976 s.61(2A):
/// at the end of the 21-day appeal period, or when an appeal is decided, or when an immediate-effect notice
/// is given). A fixed end date chosen on the day of the decision would shorten the suspension by however long
/// it waited, or let it end before it began.
/// </summary>
public readonly record struct SuspensionPeriod(int Length, SuspensionUnit Unit)
{
    /// <summary>A bound against slips of the keyboard, not a policy: 365 of any unit.</summary>
    public const int MaxLength = 365;

    /// <summary>
    /// The day the licence is back in force, for a suspension that takes effect on <paramref name="takesEffectOn"/>.
    /// That day counts as day 1, as the appeal period's first day does, so the licensee serves exactly the
    /// period decided. Months are calendar months ending the day before the corresponding date; where the
    /// later month has no corresponding date (31 January plus one month) the period runs to the end of that
    /// month (Dodds v Walker [1981]), the longer reading, which keeps the suspension whole.
    /// </summary>
    public DateOnly EndsOn(DateOnly takesEffectOn) => Unit switch
    {
        SuspensionUnit.Days => takesEffectOn.AddDays(Length),
        SuspensionUnit.Weeks => takesEffectOn.AddDays(7 * Length),
        _ => AfterMonths(takesEffectOn),
    };

    private DateOnly AfterMonths(DateOnly from)
    {
        var corresponding = from.AddMonths(Length);
        return corresponding.Day == from.Day ? corresponding : corresponding.AddDays(1);
    }

    /// <summary>"8 weeks", "1 day".</summary>
    public override string ToString() => $"{Length} {Unit switch { SuspensionUnit.Days => "day", SuspensionUnit.Weeks => "week", _ => "month" }}{(Length == 1 ? "" : "s")}";

    /// <summary>A suspension must say how long it lasts; <paramref name="field"/> names the form field an error belongs to.</summary>
    public static SuspensionPeriod Require(SuspensionPeriod? period, string field = "SuspensionLength") => period switch
    {
        null => throw new DomainRuleException("A suspension is for a period: give its length in days, weeks or months", field),
        { Length: < 1 or > MaxLength } => throw new DomainRuleException($"The length of the suspension must be a whole number from 1 to {MaxLength}", field),
        { } p => p,
    };
}

public enum SuspensionUnit { Days, Weeks, Months }
