using System.Numerics;

namespace Licensing.Domain.Register;

/// <summary>
/// What the register index keeps of one name form (a surname form or a forename) so that a search can
/// rule candidates out without comparing names: its blocking code (Soundex, as a number) and a few features that bound
/// how alike it can be to another name. <see cref="MayAgree"/> never says no to two names that
/// <see cref="Names.Similarity"/> would count as agreeing; it may say yes to names that then do not.
/// </summary>
public readonly record struct NameKey(ushort Code, uint Letters, int Skeleton, short Group, ushort Length)
{
    /// <summary>The similarity from which two names agree (<see cref="RegisterMatcher"/>'s threshold).</summary>
    public const double Agreeing = 0.85;

    public static NameKey Of(string form)
    {
        uint letters = 0;
        foreach (var c in form)
            if (c is >= 'A' and <= 'Z') letters |= 1u << (c - 'A');
        return new NameKey(CodeOf(Names.Soundex(form)), letters, Names.Skeleton(form).GetHashCode(),
            (short)(NameVariants.GroupOf(form) ?? -1), (ushort)Math.Min(form.Length, ushort.MaxValue));
    }

    public static NameKey[] Of(IEnumerable<string> forms) => forms.Select(Of).ToArray();

    /// <summary>A Soundex code (a letter and three digits 0–6) as a 14-bit number; 0 for none.</summary>
    public static ushort CodeOf(string soundex) => soundex.Length == 4
        ? (ushort)((soundex[0] - 'A' + 1) << 9 | (soundex[1] - '0') << 6 | (soundex[2] - '0') << 3 | (soundex[3] - '0'))
        : (ushort)0;

    /// <summary>
    /// Whether the two names could have a similarity of at least <see cref="Agreeing"/>: the same name, known
    /// variants of one name, or within two edits (one for shorter names) or the same consonants. An edit
    /// changes the length by at most one and which letters occur by at most two.
    /// </summary>
    public static bool MayAgree(in NameKey a, in NameKey b)
    {
        if (a.Group >= 0 && b.Group >= 0) return a.Group == b.Group;
        var lengths = Math.Abs(a.Length - b.Length);
        if (lengths > 2) return false;
        var letters = BitOperations.PopCount(a.Letters ^ b.Letters);
        if (letters > 4) return false;
        if (a.Skeleton == b.Skeleton) return true;
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter >= 8) return true;
        return shorter >= 4 && lengths <= 1 && letters <= 2;
    }

    /// <summary>Whether any name of one list may agree with any of the other.</summary>
    public static bool AnyMayAgree(ReadOnlySpan<NameKey> a, ReadOnlySpan<NameKey> b)
    {
        foreach (ref readonly var x in a)
            foreach (ref readonly var y in b)
                if (MayAgree(x, y)) return true;
        return false;
    }
}
