namespace Licensing.Domain.Concerns;

/// <summary>
/// The police 3×5×2 intelligence grading (DOMAIN.md): how reliable the source is, how the source came
/// to know the information, and whether it may be shared. Findings weigh each item by it.
/// </summary>
public sealed record Grading(SourceGrade Source, InformationGrade Information, HandlingCode Handling)
{
    public static readonly Grading Untested = new(SourceGrade.Untested, InformationGrade.KnownIndirectly, HandlingCode.LawfulSharingPermitted);

    /// <summary>
    /// Information no officer here has graded yet (a partner's referral, a register hit): untested, known
    /// indirectly, and handled as "conditions apply", so it stays out of what is shared (hearing packs
    /// served on the licensee, partners) until an officer grades it. The safer default: sharing is the step
    /// that cannot be undone.
    /// </summary>
    public static readonly Grading AwaitingOfficer = new(SourceGrade.Untested, InformationGrade.KnownIndirectly, HandlingCode.ConditionsApply);

    public string Code => $"{(int)Source}{Letter(Information)}{(Handling == HandlingCode.LawfulSharingPermitted ? 'P' : 'C')}";

    public static char Letter(InformationGrade i) => (char)('A' + (int)i);

    public override string ToString() => $"{Code}: {SourceWords(Source)}; {InformationWords(Information)}; {HandlingWords(Handling)}";

    public static string SourceWords(SourceGrade s) => s switch
    {
        SourceGrade.Reliable => "1 – reliable source",
        SourceGrade.Untested => "2 – untested source",
        _ => "3 – not reliable",
    };

    public static string InformationWords(InformationGrade i) => i switch
    {
        InformationGrade.KnownDirectly => "A – known directly to the source",
        InformationGrade.KnownIndirectlyCorroborated => "B – known indirectly, corroborated",
        InformationGrade.KnownIndirectly => "C – known indirectly",
        InformationGrade.NotKnown => "D – not known",
        _ => "E – suspected to be false",
    };

    public static string HandlingWords(HandlingCode h) => h == HandlingCode.LawfulSharingPermitted ? "P – lawful sharing permitted" : "C – conditions apply to sharing";
}

// The numeric values are the grades people say out loud ("a 1A").
public enum SourceGrade { Reliable = 1, Untested = 2, NotReliable = 3 }

// Declared in grade order A..E.
public enum InformationGrade { KnownDirectly, KnownIndirectlyCorroborated, KnownIndirectly, NotKnown, SuspectedFalse }

public enum HandlingCode { LawfulSharingPermitted, ConditionsApply }
