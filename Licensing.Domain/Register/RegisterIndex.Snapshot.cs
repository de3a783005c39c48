using System.Runtime.InteropServices;

namespace Licensing.Domain.Register;

public sealed partial class RegisterIndex
{
    /// <summary>
    /// One entry as the index scans it: where its name keys are, its name codes (<see cref="PackCodes"/>),
    /// and its licence number's key.
    /// </summary>
    internal readonly record struct Person(int Slot, int Day, int NamesAt, byte Surnames, byte Forenames, ulong Codes, LicenceKey Licence)
    {
        public bool HasLicence => Licence.IsGiven;

        /// <summary>A code that stands for "more codes than fit": the entry's names must be read to know what it shares.</summary>
        public const ushort More = ushort.MaxValue;

        /// <summary>The first two surname codes and first two forename codes (<see cref="NameKey.Code"/>), 16 bits each (0 where there is none).</summary>
        public static ulong PackCodes(IEnumerable<ushort> surnameCodes, IEnumerable<ushort> forenameCodes)
        {
            static ulong Two(IEnumerable<ushort> codes)
            {
                var distinct = codes.Where(c => c != 0).Distinct().ToArray();
                return distinct.Length > 2 ? More : distinct.Length == 0 ? 0 : distinct.Length == 1 ? distinct[0] : distinct[0] | (ulong)distinct[1] << 16;
            }
            return Two(surnameCodes) | Two(forenameCodes) << 32;
        }
    }

    /// <summary>
    /// The entries in memory, laid out for the search's blocking: the candidates for a person are the
    /// entries born on the same day, those born on a day one keying slip away that share a surname or
    /// forename code, and those with the same licence number (the keys of <see cref="MatchKeys"/>, which
    /// the database search uses, as ranges of one array sorted by date of birth). Each entry's name keys
    /// sit beside it, so a search rules most candidates out (<see cref="RegisterMatcher.RuledOut"/>)
    /// reading memory in order, and compares names only for the few that may match. The bulk loaded at
    /// start-up is in arrays; entries changed since are in small dictionaries beside them, and a changed
    /// entry's old slot is emptied.
    /// </summary>
    private sealed class Snapshot(long seen)
    {
        private readonly ReaderWriterLockSlim rw = new();
        private readonly List<(RegisterCandidate Candidate, MatchForms Forms)?> slots = [];
        private readonly Dictionary<Guid, int> slotOf = [];

        private List<Person>? loadingPeople = [];
        private List<NameKey>? loadingNames = [];

        // The bulk: people sorted by date of birth, dayStart[day - firstDay] the first born that day.
        private int firstDay;
        private int[] dayStart = [0];
        private Person[] people = [];
        private ulong[] codes = []; // people's Codes on their own, so the scan of a slipped day reads as little memory as it can
        private int[] namesAt = []; // people's NamesAt on their own, so that their names are asked for without waiting for the person first
        private NameKey[] names = [];
        private ulong[] licences = [];
        private int[] licenceSlots = [];

        // Changed since the bulk was loaded.
        private readonly Dictionary<int, List<Person>> recentByDay = [];
        private readonly List<NameKey> recentNames = [];
        private readonly Dictionary<ulong, List<int>> recentByLicence = [];

        public long Seen { get; private set; } = seen;
        public int Count => slotOf.Count;

        public void Put(RegisterCandidate c, Func<string, string> intern)
        {
            var forms = MatchForms.Of(c.Identity, intern);
            loadingPeople!.Add(Add(c, forms, loadingNames!));
        }

        private Person Add(RegisterCandidate c, MatchForms forms, List<NameKey> into)
        {
            var slot = slots.Count;
            slots.Add((c, forms));
            slotOf[c.Id] = slot;
            var at = into.Count;
            var surnames = forms.Surnames.Take(byte.MaxValue).Select(s => NameKey.Of(s.Form)).ToArray();
            var forenames = forms.Forenames.Take(byte.MaxValue).Select(NameKey.Of).ToArray();
            into.AddRange(surnames);
            into.AddRange(forenames);
            return new Person(slot, forms.DateOfBirth.DayNumber, at, (byte)surnames.Length, (byte)forenames.Length,
                Person.PackCodes(surnames.Select(k => k.Code), forenames.Select(k => k.Code)), LicenceKey.Of(forms.Licence));
        }

        public void Freeze()
        {
            var loaded = loadingPeople!;
            var loadedNames = CollectionsMarshal.AsSpan(loadingNames);
            loaded.Sort((a, b) => a.Day.CompareTo(b.Day));
            people = new Person[loaded.Count];
            names = new NameKey[loadedNames.Length];
            var at = 0;
            for (var i = 0; i < loaded.Count; i++)
            {
                var p = loaded[i];
                var count = p.Surnames + p.Forenames;
                loadedNames.Slice(p.NamesAt, count).CopyTo(names.AsSpan(at));
                people[i] = p with { NamesAt = at };
                at += count;
            }
            codes = people.Select(p => p.Codes).ToArray();
            namesAt = people.Select(p => p.NamesAt).ToArray();
            firstDay = people.Length == 0 ? 0 : people[0].Day;
            dayStart = new int[(people.Length == 0 ? 0 : people[^1].Day - firstDay + 1) + 1];
            for (int day = 0, i = 0; day < dayStart.Length; day++)
            {
                while (i < people.Length && people[i].Day - firstDay < day) i++;
                dayStart[day] = i;
            }
            var byLicence = people.Where(p => p.HasLicence).Select(p => (Key: LicenceHash(slots[p.Slot]!.Value.Forms.Licence), p.Slot))
                .OrderBy(p => p.Key).ToArray();
            licences = byLicence.Select(p => p.Key).ToArray();
            licenceSlots = byLicence.Select(p => p.Slot).ToArray();
            loadingPeople = null;
            loadingNames = null;
        }

        public void Patch(IReadOnlyList<Guid> changed, IReadOnlyList<RegisterCandidate> now, long seenUpTo)
        {
            rw.EnterWriteLock();
            try
            {
                foreach (var id in changed)
                    if (slotOf.Remove(id, out var old)) slots[old] = null;
                foreach (var c in now)
                {
                    var person = Add(c, MatchForms.Of(c.Identity), recentNames);
                    if (!recentByDay.TryGetValue(person.Day, out var sameDay)) recentByDay[person.Day] = sameDay = [];
                    sameDay.Add(person);
                    if (!person.HasLicence) continue;
                    var key = LicenceHash(slots[person.Slot]!.Value.Forms.Licence);
                    if (!recentByLicence.TryGetValue(key, out var sameLicence)) recentByLicence[key] = sameLicence = [];
                    sameLicence.Add(person.Slot);
                }
                Seen = seenUpTo;
            }
            finally
            {
                rw.ExitWriteLock();
            }
        }

        /// <summary>The candidates for the person asked about that may match, at most <paramref name="max"/>.</summary>
        public List<(RegisterCandidate Candidate, MatchForms Forms)> Candidates(Asked asked, int max)
        {
            var found = new List<int>(32);
            rw.EnterReadLock();
            try
            {
                // The same licence number: always compared.
                if (asked.Forms.Licence.Length > 0)
                {
                    var key = LicenceHash(asked.Forms.Licence);
                    var at = Array.BinarySearch(licences, key);
                    if (at >= 0)
                    {
                        while (at > 0 && licences[at - 1] == key) at--;
                        for (; at < licences.Length && licences[at] == key; at++) found.Add(licenceSlots[at]);
                    }
                    if (recentByLicence.TryGetValue(key, out var recent)) found.AddRange(recent);
                }
                var byLicence = found.Count;

                void Consider(ReadOnlySpan<Person> born, ReadOnlySpan<NameKey> keys, DatesOfBirth.Slip dob, bool sameDay)
                {
                    foreach (ref readonly var p in born)
                        if ((sameDay ? CodeShared.NotAsked : asked.SharesCode(p.Codes)) is var shares and not CodeShared.No) Judge(p, keys, dob, shares);
                }

                void Judge(in Person p, ReadOnlySpan<NameKey> keys, DatesOfBirth.Slip dob, CodeShared shares)
                {
                    if (found.Count >= max) return;
                    var surnames = keys.Slice(p.NamesAt, p.Surnames);
                    var forenames = keys.Slice(p.NamesAt + p.Surnames, p.Forenames);
                    // Born on a slipped day: a candidate only under a shared surname or forename code.
                    if (shares == CodeShared.Unsure && !asked.SharesCode(surnames, forenames)) return;
                    if (RegisterMatcher.RuledOut(dob, LicenceKey.MayAgree(p.Licence, asked.Licence), asked.Names, surnames, forenames)) return;
                    if (slots[p.Slot] is null || found.IndexOf(p.Slot, 0, byLicence) >= 0) return;
                    found.Add(p.Slot);
                }

                // The bulk is read in steps, each asking for all the memory the next step needs at once, so the
                // loads overlap instead of waiting for one missed cache line after another: at a million entries the
                // days a search reads lie scattered across the arrays, and waiting for memory was most of a search.
                var (sameDayFrom, sameDayTo) = Range(asked.Forms.DateOfBirth);
                var slipped = new List<(int From, int To, DatesOfBirth.Slip Dob)>(asked.Slips.Count);
                foreach (var day in asked.Slips)
                    if (Range(day) is var (from, to) && to > from) slipped.Add((from, to, DatesOfBirth.Compare(asked.Forms.DateOfBirth, day)));
                ulong touched = 0;
                for (var i = sameDayFrom; i < sameDayTo; i++) touched ^= (uint)people[i].NamesAt;
                foreach (var (from, to, _) in slipped)
                {
                    for (var i = from; i < to; i += 8) touched ^= codes[i];
                    for (var i = from; i < to; i += 16) touched ^= (uint)namesAt[i];
                }
                var sharing = new List<(int At, DatesOfBirth.Slip Dob, CodeShared Shares)>(128);
                foreach (var (from, to, dob) in slipped) asked.Sharing(codes, from, to, dob, sharing);
                foreach (var (at, _, _) in sharing) touched ^= (uint)people[at].Slot ^ names[namesAt[at]].Letters;
                if (sameDayTo > sameDayFrom)
                    for (var n = people[sameDayFrom].NamesAt; n < people[sameDayTo - 1].NamesAt; n += 3) touched ^= names[n].Letters;
                Touched = touched;

                Consider(people.AsSpan(sameDayFrom, sameDayTo - sameDayFrom), names, DatesOfBirth.Slip.None, sameDay: true);
                foreach (var (at, dob, shares) in sharing) Judge(people[at], names, dob, shares);
                // Entries changed since the bulk was loaded.
                if (recentByDay.Count > 0)
                {
                    if (recentByDay.TryGetValue(asked.Forms.DateOfBirth.DayNumber, out var same))
                        Consider(CollectionsMarshal.AsSpan(same), CollectionsMarshal.AsSpan(recentNames), DatesOfBirth.Slip.None, sameDay: true);
                    foreach (var day in asked.Slips)
                        if (recentByDay.TryGetValue(day.DayNumber, out var recent))
                            Consider(CollectionsMarshal.AsSpan(recent), CollectionsMarshal.AsSpan(recentNames), DatesOfBirth.Compare(asked.Forms.DateOfBirth, day), sameDay: false);
                }

                var candidates = new List<(RegisterCandidate Candidate, MatchForms Forms)>(found.Count);
                foreach (var slot in found)
                    if (slots[slot] is { } c) candidates.Add(c);
                return candidates;
            }
            finally
            {
                rw.ExitReadLock();
            }
        }

        /// <summary>Where the bulk's entries born on a day are: people[From..To].</summary>
        private (int From, int To) Range(DateOnly day)
        {
            var bulk = day.DayNumber - firstDay;
            return bulk >= 0 && bulk < dayStart.Length - 1 ? (dayStart[bulk], dayStart[bulk + 1]) : (0, 0);
        }

        // Where the loads that bring memory in early leave their result, so that the compiler keeps them.
        private static ulong Touched;

        // FNV-1a, 64-bit: stable, cheap, and plenty for a few million licence numbers (a collision only adds a candidate).
        private static ulong LicenceHash(string licence)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in licence)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            return hash;
        }
    }
}
