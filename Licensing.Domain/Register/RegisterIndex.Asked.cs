namespace Licensing.Domain.Register;

public sealed partial class RegisterIndex
{
    /// <summary>Whether an entry shares a name code with the person asked about, as far as its packed codes tell (NotAsked: on the same day, every entry is a candidate).</summary>
    private enum CodeShared { No, Yes, Unsure, NotAsked }

    /// <summary>The person asked about, worked out once for a search: forms to compare, name keys and codes, slipped dates.</summary>
    private sealed class Asked
    {
        public MatchForms Forms { get; }
        public RegisterMatcher.AskedNames Names { get; }
        public IReadOnlyList<DateOnly> Slips { get; }
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
        public LicenceKey Licence { get; }

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
