using System.Numerics;

namespace Licensing.Domain.Register;

/// <summary>
/// What the register index keeps of a driving licence number to rule out, without reading it, that it is
/// a near miss of another (<see cref="RegisterMatcher"/>: within two edits, or the same date-of-birth and
/// initials section of a 16-character number): which characters occur, the length, and that section.
/// </summary>
public readonly record struct LicenceKey(ulong Characters, int Section, byte Length)
{
    public static LicenceKey Of(string compact)
    {
        ulong characters = 0;
        foreach (var c in compact)
        {
            if (c is >= '0' and <= '9') characters |= 1UL << (c - '0');
            else if (c is >= 'A' and <= 'Z') characters |= 1UL << (10 + c - 'A');
            else characters |= 1UL << 63;
        }
        var section = compact.Length == 16 ? string.GetHashCode(compact.AsSpan(5, 8)) : 0;
        return new LicenceKey(characters, section, (byte)Math.Min(compact.Length, byte.MaxValue));
    }

    public bool IsGiven => Length > 0;

    /// <summary>Whether the two may be the same number or a near miss (never false when they are).</summary>
    public static bool MayAgree(in LicenceKey a, in LicenceKey b)
    {
        if (!a.IsGiven || !b.IsGiven) return false;
        if (a.Length == 16 && b.Length == 16 && a.Section == b.Section) return true;
        // An edit changes the length by at most one and which characters occur by at most two.
        return Math.Abs(a.Length - b.Length) <= 2 && BitOperations.PopCount(a.Characters ^ b.Characters) <= 4;
    }
}
