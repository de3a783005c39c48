using Licensing.Domain.Common;

namespace Licensing.Domain.Register;

public enum MatchBand { Exact, Strong, Possible }

public sealed record MatchVerdict(MatchBand Band, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Compares the person searched for with one register entry. A missed match lets a refused driver
/// through; a false strong match wrongs an innocent applicant. So <c>strong</c> needs the date of birth
/// (or one usual keying slip of it) and both names to agree; a shared surname and date of birth with a
/// different first name (twins, brothers) or a shared name with another date of birth is at most
/// <c>possible</c>, for an officer to look at.
/// </summary>
public static class RegisterMatcher
{
    private const double Similar = NameKey.Agreeing;

    public static MatchVerdict? Compare(RegisterIdentity asked, RegisterIdentity entry) =>
        Compare(MatchForms.Of(asked), MatchForms.Of(entry));

    /// <summary>The comparison on forms worked out beforehand (once per entry in the index, once per search for the person asked about).</summary>
    public static MatchVerdict? Compare(MatchForms asked, MatchForms entry)
    {
        var dob = DatesOfBirth.Compare(asked.DateOfBirth, entry.DateOfBirth);
        var dobScore = dob switch
        {
            DatesOfBirth.Slip.None => 1.0,
            DatesOfBirth.Slip.DayMonthSwapped => 0.9,
            DatesOfBirth.Slip.OneDigit or DatesOfBirth.Slip.DigitsSwapped or DatesOfBirth.Slip.NextDay => 0.85,
            _ => 0.0,
        };
        var licence = CompareLicences(asked.Licence, entry.Licence);
        var licenceAgrees = licence is LicenceAgreement.Same or LicenceAgreement.Near;
        // Shortcuts that cannot change the verdict, for the many candidates a search rules out (see the
        // bands below): with neither the date of birth nor the licence number agreeing there is no band at
        // all; with the date not exactly the same and no licence agreement every band needs the surname
        // (given either way round).
        if (dobScore == 0 && !licenceAgrees) return null;
        var surname = CompareSurnames(asked.Surnames, entry.Surnames);
        (double Score, string Reason)? reversedSurname = null;
        if (dob != DatesOfBirth.Slip.None && !licenceAgrees && surname.Score < Similar
            && (reversedSurname = CompareSurnames(asked.Reversed.Surnames, entry.Surnames)).Value.Score < Similar)
            return null;

        var reasons = new List<string>();
        reasons.Add(dob switch
        {
            DatesOfBirth.Slip.None => "date of birth",
            DatesOfBirth.Slip.DayMonthSwapped => "date of birth (day and month swapped)",
            DatesOfBirth.Slip.OneDigit => "date of birth (one digit different)",
            DatesOfBirth.Slip.DigitsSwapped => "date of birth (two digits swapped)",
            DatesOfBirth.Slip.NextDay => "date of birth (a day out)",
            _ => "",
        });

        if (licence == LicenceAgreement.Same) reasons.Add("licence number");
        if (licence == LicenceAgreement.Near) reasons.Add("licence number (near miss)");

        var forenames = CompareForenames(asked.Forenames, entry.Forenames);
        if (!(surname.Score >= Similar && forenames.Score >= Similar))
        {
            // Surname and forenames given the other way round (a form filled in the wrong order).
            var reversed = asked.Reversed;
            var s = reversedSurname ?? CompareSurnames(reversed.Surnames, entry.Surnames);
            var f = CompareForenames(reversed.Forenames, entry.Forenames);
            if (s.Score >= Similar && f.Score >= Similar)
            {
                surname = (s.Score * 0.97, "surname and forenames the other way round");
                forenames = (f.Score * 0.97, "");
            }
        }
        if (surname.Score >= Similar) reasons.Add(surname.Reason);
        if (forenames.Score >= 0.6) reasons.Add(forenames.Reason);
        reasons.RemoveAll(r => r.Length == 0);

        if (licence == LicenceAgreement.Same && dob == DatesOfBirth.Slip.None)
            return new MatchVerdict(MatchBand.Exact, 1.0, reasons);

        var licenceScore = licence switch { LicenceAgreement.Same => 1.0, LicenceAgreement.Near => 0.8, LicenceAgreement.Different => 0.0, _ => (double?)null };
        var score = licenceScore is { } l
            ? 0.35 * dobScore + 0.3 * surname.Score + 0.25 * forenames.Score + 0.1 * l
            : (0.35 * dobScore + 0.3 * surname.Score + 0.25 * forenames.Score) / 0.9;
        score = Math.Round(Math.Clamp(score, 0, 0.99), 3);

        var namesAgree = surname.Score >= Similar && forenames.Score >= Similar;
        // Different licence numbers (beyond a slip, and not explained by a change of surname) argue against
        // the same person unless the date of birth agrees exactly.
        var licenceContradicts = licence == LicenceAgreement.Different && dob != DatesOfBirth.Slip.None;
        if (dobScore > 0 && namesAgree && !licenceContradicts)
            return new MatchVerdict(MatchBand.Strong, Math.Max(score, 0.8), reasons);
        if (licence == LicenceAgreement.Same && namesAgree)
            return new MatchVerdict(MatchBand.Strong, Math.Max(score, 0.8), reasons);

        // Possible: worth an officer's look, never enough on its own. The same date of birth with one name
        // (a new surname not disclosed, a twin); a slipped date with the surname and one forename; or the
        // licence number with a name.
        var someNameAgrees = surname.Score >= Similar || forenames.Score >= Similar;
        var possible = (dob == DatesOfBirth.Slip.None && someNameAgrees)
                       || (dobScore > 0 && surname.Score >= Similar && forenames.Score >= 0.6)
                       || (licence is LicenceAgreement.Same or LicenceAgreement.Near && someNameAgrees);
        return possible ? new MatchVerdict(MatchBand.Possible, Math.Min(score, 0.79), reasons) : null;
    }

    /// <summary>
    /// Whether <see cref="Compare"/> is sure to give a candidate no band, judged from the index's keys of
    /// its names (<see cref="NameKey"/>) and how its date of birth relates to the one asked about, without
    /// comparing names: so a search reads the names of only the candidates that may match. Never rules out
    /// a candidate that Compare would band (a test checks this on every pair it can make). Candidates with
    /// the same licence number as the one asked about are not judged here: they are always compared.
    /// </summary>
    public static bool RuledOut(DatesOfBirth.Slip dob, bool licencesMayAgree, AskedNames asked, ReadOnlySpan<NameKey> surnames, ReadOnlySpan<NameKey> forenames)
    {
        // Only a licence number that may be a near miss can stand in for the date of birth.
        if (dob == DatesOfBirth.Slip.Different && !licencesMayAgree) return true;
        var surname = NameKey.AnyMayAgree(asked.Surnames, surnames);
        // With the date of birth not exactly the same and no licence agreement, every band needs the
        // surname and a forename (possible) or both names (strong); otherwise (but for exact, which needs
        // the same licence number) at least one name. Either way round.
        if (dob != DatesOfBirth.Slip.None && !licencesMayAgree)
        {
            if (surname && NameKey.AnyMayAgree(asked.Forenames, forenames)) return false;
        }
        else if (surname || NameKey.AnyMayAgree(asked.Forenames, forenames)) return false;
        return !(NameKey.AnyMayAgree(asked.ReversedSurnames, surnames) && NameKey.AnyMayAgree(asked.ReversedForenames, forenames));
    }

    /// <summary>The index's keys of the names asked about, both ways round (see <see cref="RuledOut"/>).</summary>
    public sealed record AskedNames(NameKey[] Surnames, NameKey[] Forenames, NameKey[] ReversedSurnames, NameKey[] ReversedForenames)
    {
        public static AskedNames Of(MatchForms asked)
        {
            var reversed = asked.Reversed;
            return new(NameKey.Of(asked.Surnames.Select(s => s.Form)), NameKey.Of(asked.Forenames),
                NameKey.Of(reversed.Surnames.Select(s => s.Form)), NameKey.Of(reversed.Forenames));
        }
    }

    private enum LicenceAgreement { NotCompared, Same, Near, Different }

    private static LicenceAgreement CompareLicences(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return LicenceAgreement.NotCompared;
        if (x == y) return LicenceAgreement.Same;
        if (Names.Distance(x, y) <= 2) return LicenceAgreement.Near;
        // A new surname means a new licence number with the same date-of-birth and initials section.
        if (x.Length == 16 && y.Length == 16 && x.AsSpan(5, 8).SequenceEqual(y.AsSpan(5, 8))) return LicenceAgreement.Near;
        return LicenceAgreement.Different;
    }

    private static (double Score, string Reason) CompareSurnames(MatchForms.Surname[] asked, MatchForms.Surname[] entry)
    {
        var best = (Score: 0.0, Reason: "");
        foreach (var a in asked)
        foreach (var e in entry)
        {
            var score = Names.Similarity(a.Form, e.Form);
            if (a.IsPart || e.IsPart) score = Math.Min(score, 0.9);
            if (a.IsPrevious || e.IsPrevious) score = Math.Min(score, 0.92);
            if (score <= best.Score) continue;
            var reason = a.IsPrevious || e.IsPrevious ? "previous surname"
                : a.IsPart || e.IsPart ? "part of a double-barrelled surname"
                : score >= 1 ? "surname" : "surname (spelling variant)";
            best = (score, reason);
        }
        return best;
    }

    /// <summary>
    /// Forenames agree when every name on the shorter list is on the longer (in any order, with
    /// spelling variants): "Karim Javed" is "Javed" and "Javed Karim", but not "Karim Imran".
    /// </summary>
    private static (double Score, string Reason) CompareForenames(string[] a, string[] e)
    {
        if (a.Length == 0 || e.Length == 0) return (0, "");
        var (shorter, longer) = a.Length <= e.Length ? (a, e) : (e, a);
        // Each name on the shorter list, its best match on the longer (the first, when two match as well).
        // Loops, not LINQ: this runs for every candidate of every search.
        var inOrder = true;
        bool allFound = true, anyFound = false;
        double sum = 0, max = 0;
        for (var i = 0; i < shorter.Length; i++)
        {
            var (score, at) = (Names.Similarity(shorter[i], longer[0]), 0);
            for (var j = 1; j < longer.Length; j++)
                if (Names.Similarity(shorter[i], longer[j]) is var next && next > score) (score, at) = (next, j);
            inOrder &= at == i;
            allFound &= score >= Similar;
            anyFound |= score >= Similar;
            sum += score;
            max = i == 0 ? score : Math.Max(max, score);
        }
        if (allFound)
        {
            var score = sum / shorter.Length;
            var sameFirst = Names.Similarity(a[0], e[0]) >= Similar;
            var reason = sameFirst
                ? (inOrder ? "forenames" : "forenames (different order)")
                : shorter.Length == longer.Length ? "forenames (different order)" : "middle name used as first name";
            if (score < 1 && reason == "forenames") reason = "forenames (spelling variant)";
            return (sameFirst ? score : score * 0.97, reason);
        }
        return anyFound ? (0.6, "one forename in common") : (max * 0.6, "");
    }
}
