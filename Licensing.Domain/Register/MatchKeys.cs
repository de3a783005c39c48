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
        var forms = MatchForms.Of(who);
        if (forms.Licence.Length > 0) keys.Add("L:" + forms.Licence);
        var (surnames, forenames) = Codes(forms);
        foreach (var s in surnames) keys.Add($"S:{s}{dob}");
        foreach (var f in forenames) keys.Add($"F:{f}{dob}");
        return keys;
    }

    public static HashSet<string> ForSearch(RegisterIdentity who)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { "D:" + Format(who.DateOfBirth) };
        var forms = MatchForms.Of(who);
        if (forms.Licence.Length > 0) keys.Add("L:" + forms.Licence);
        var (surnames, forenames) = Codes(forms);
        foreach (var dob in DatesOfBirth.Slips(who.DateOfBirth).Append(who.DateOfBirth).Select(Format))
        {
            foreach (var s in surnames) keys.Add($"S:{s}{dob}");
            foreach (var f in forenames) keys.Add($"F:{f}{dob}");
        }
        return keys;
    }

    // From the names the matcher compares, as the register index takes its codes.
    private static (string[] Surnames, string[] Forenames) Codes(MatchForms forms) =>
        (forms.Surnames.Select(s => Names.Soundex(s.Form)).Distinct().ToArray(), forms.Forenames.Select(Names.Soundex).Distinct().ToArray());

    private static string Format(DateOnly d) => d.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
