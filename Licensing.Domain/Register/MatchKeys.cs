namespace Licensing.Domain.Register;

/// <summary>
/// Blocking keys: an entry stores a handful; a search asks for the keys its person could have been
/// recorded under (the date of birth and its usual keying slips, combined with phonetic name codes),
/// so one indexed lookup finds every candidate without reading the register.
/// </summary>
public static class MatchKeys
{
    public static HashSet<string> ForEntry(RegisterIdentity who)
    {
        var dob = Format(who.DateOfBirth);
        var keys = new HashSet<string>(StringComparer.Ordinal) { "D:" + dob };
        if (LicenceKey(who.DrivingLicenceNumber) is { } licence) keys.Add("L:" + licence);
        foreach (var s in SurnameCodes(who)) keys.Add($"S:{s}{dob}");
        foreach (var f in ForenameCodes(who)) keys.Add($"F:{f}{dob}");
        return keys;
    }

    public static HashSet<string> ForSearch(RegisterIdentity who)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { "D:" + Format(who.DateOfBirth) };
        if (LicenceKey(who.DrivingLicenceNumber) is { } licence) keys.Add("L:" + licence);
        var surnames = SurnameCodes(who).ToList();
        var forenames = ForenameCodes(who).ToList();
        foreach (var dob in DatesOfBirth.Slips(who.DateOfBirth).Append(who.DateOfBirth).Select(Format))
        {
            foreach (var s in surnames) keys.Add($"S:{s}{dob}");
            foreach (var f in forenames) keys.Add($"F:{f}{dob}");
        }
        return keys;
    }

    private static IEnumerable<string> SurnameCodes(RegisterIdentity who) =>
        new[] { who.Surname }.Concat(who.PreviousSurnames).SelectMany(Names.SurnameForms).Select(f => Names.Soundex(f.Form)).Distinct();

    private static IEnumerable<string> ForenameCodes(RegisterIdentity who) =>
        Names.Tokens(who.Forenames).Where(t => t.Length > 1).Select(Names.Soundex).Distinct();

    private static string? LicenceKey(string? licence)
    {
        var compact = Common.SearchText.Compact(licence);
        return compact.Length == 0 ? null : compact;
    }

    private static string Format(DateOnly d) => d.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
