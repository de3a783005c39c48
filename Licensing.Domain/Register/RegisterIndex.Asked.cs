using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Licensing.Domain.Register;

public sealed partial class RegisterIndex
{
    /// <summary>Whether an entry shares a name code with the person asked about, as far as its packed codes tell (NotAsked: on the same day, every entry is a candidate).</summary>
    internal enum CodeShared { No, Yes, Unsure, NotAsked }

    /// <summary>The person asked about, worked out once for a search: forms to compare, name keys and codes, slipped dates.</summary>
    internal sealed class Asked
    {
        public MatchForms Forms { get; }
        public RegisterMatcher.AskedNames Names { get; }
        public IReadOnlyList<DateOnly> Slips { get; }
        public LicenceKey Licence { get; }
        private readonly ushort[] surnameCodes;
        private readonly ushort[] forenameCodes;

        public Asked(RegisterIdentity who)
        {
            Forms = MatchForms.Of(who);
            Names = RegisterMatcher.AskedNames.Of(Forms);
            Slips = DatesOfBirth.Slips(who.DateOfBirth);
            surnameCodes = Names.Surnames.Select(k => k.Code).Where(c => c != 0).Distinct().ToArray();
            forenameCodes = Names.Forenames.Select(k => k.Code).Where(c => c != 0).Distinct().ToArray();
            Licence = LicenceKey.Of(Forms.Licence);
            patterns = new Vector256<ushort>[Math.Max(surnameCodes.Length, forenameCodes.Length)];
            for (var k = 0; k < patterns.Length; k++)
            {
                ulong s = k < surnameCodes.Length ? surnameCodes[k] : Never, f = k < forenameCodes.Length ? forenameCodes[k] : Never;
                patterns[k] = Vector256.Create(s | s << 16 | f << 32 | f << 48).AsUInt16();
            }
        }

        // The vector scan's patterns: each asked code in the lanes of its half of an entry's packed codes (two
        // surname codes, then two forename codes), and "more codes than fit" in the lanes of a first code.
        // Never is a lane value no packed code takes (codes are 14-bit, More is all ones), so it matches nothing.
        private const ulong Never = 0xFFFE;
        private readonly Vector256<ushort>[] patterns;
        private static readonly Vector256<ushort> MorePattern = Vector256.Create(Person.More | Never << 16 | (ulong)Person.More << 32 | Never << 48).AsUInt16();

        /// <summary>
        /// Adds the entries of codes[from..to] that share a code with the person asked about (or may: Unsure),
        /// as <see cref="SharesCode(ulong)"/> says for each, four entries at a time where the processor can.
        /// </summary>
        public void Sharing(ulong[] codes, int from, int to, DatesOfBirth.Slip dob, List<(int At, DatesOfBirth.Slip Dob, CodeShared Shares)> into)
        {
            var i = from;
            if (Vector256.IsHardwareAccelerated)
            {
                ref var start = ref MemoryMarshal.GetArrayDataReference(codes);
                for (; i + 4 <= to; i += 4)
                {
                    var packed = Vector256.LoadUnsafe(ref start, (nuint)i).AsUInt16();
                    var lanes = Vector256<ushort>.Zero;
                    foreach (var pattern in patterns) lanes |= Vector256.Equals(packed, pattern);
                    var yes = ~Vector256.Equals(lanes.AsUInt64(), Vector256<ulong>.Zero).ExtractMostSignificantBits() & 0xF;
                    var more = ~Vector256.Equals(Vector256.Equals(packed, MorePattern).AsUInt64(), Vector256<ulong>.Zero).ExtractMostSignificantBits() & 0xF;
                    for (var either = yes | more; either != 0; either &= either - 1)
                    {
                        var lane = BitOperations.TrailingZeroCount(either);
                        into.Add((i + lane, dob, (yes >> lane & 1) != 0 ? CodeShared.Yes : CodeShared.Unsure));
                    }
                }
            }
            for (; i < to; i++)
                if (SharesCode(codes[i]) is var shares and not CodeShared.No) into.Add((i, dob, shares));
        }

        /// <summary>Whether an entry with these packed codes (<see cref="Person.PackCodes"/>) shares a surname or forename code with the person asked about.</summary>
        public CodeShared SharesCode(ulong packed)
        {
            var unsure = false;
            for (var half = 0; half < 2; half++)
            {
                var asked = half == 0 ? surnameCodes : forenameCodes;
                var first = (ushort)(packed >> (32 * half));
                var second = (ushort)(packed >> (32 * half + 16));
                if (first == Person.More) unsure = true;
                else if (first != 0)
                    foreach (var code in asked)
                        if (code == first || code == second) return CodeShared.Yes;
            }
            return unsure ? CodeShared.Unsure : CodeShared.No;
        }

        /// <summary>Whether an entry shares a surname code or a forename code with the person asked about (the S: and F: keys).</summary>
        public bool SharesCode(ReadOnlySpan<NameKey> surnames, ReadOnlySpan<NameKey> forenames)
        {
            foreach (ref readonly var s in surnames)
                foreach (var code in surnameCodes)
                    if (s.Code == code) return true;
            foreach (ref readonly var f in forenames)
                foreach (var code in forenameCodes)
                    if (f.Code == code) return true;
            return false;
        }
    }
}
