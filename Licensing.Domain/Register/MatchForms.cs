namespace Licensing.Domain.Register;

/// <summary>
/// A person's identity as the matcher compares it, worked out once: the surname forms (current then
/// previous, each whole and by part), the forenames as tokens, the compact licence number. The index
/// keeps one per entry; a search makes one for the person asked about.
/// </summary>
public sealed class MatchForms
{
    public readonly record struct Surname(string Form, bool IsPart, bool IsPrevious);

    public DateOnly DateOfBirth { get; }
    public string Licence { get; }
    public Surname[] Surnames { get; }
    public string[] Forenames { get; }
    private readonly RegisterIdentity who;
    private (Surname[] Surnames, string[] Forenames)? reversed;

    private MatchForms(RegisterIdentity who, Func<string, string>? intern)
    {
        this.who = who;
        intern ??= s => s;
        DateOfBirth = who.DateOfBirth;
        Licence = Common.SearchText.Compact(who.DrivingLicenceNumber);
        Surnames = SurnamesOf(who.Surname, who.PreviousSurnames, intern);
        Forenames = ForenamesOf(who.Forenames, intern);
    }

    public static MatchForms Of(RegisterIdentity who, Func<string, string>? intern = null) => new(who, intern);

    /// <summary>The same person's names as if the form had been filled in surname and forenames the other way round.</summary>
    public (Surname[] Surnames, string[] Forenames) Reversed =>
        reversed ??= (SurnamesOf(who.Forenames, [], s => s), ForenamesOf(who.Surname, s => s));

    private static Surname[] SurnamesOf(string current, IReadOnlyList<string> previous, Func<string, string> intern) =>
        new[] { (Name: current, Previous: false) }.Concat(previous.Select(p => (Name: p, Previous: true)))
            .SelectMany(s => Names.SurnameForms(s.Name).Select(f => new Surname(intern(f.Form), f.IsPart, s.Previous)))
            .ToArray();

    private static string[] ForenamesOf(string forenames, Func<string, string> intern) =>
        Names.Tokens(forenames).Where(t => t.Length > 1).Select(intern).ToArray();
}
