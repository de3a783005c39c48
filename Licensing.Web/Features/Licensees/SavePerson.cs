using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Licensees;

/// <summary>
/// Creates a person, or saves an edit the officer made from the version they saw. Every broken rule is
/// returned at once; an edit that crosses someone else's save is refused, never merged silently.
/// </summary>
public static class SavePerson
{
    public const string ChangedByOthers = "Someone else changed this person's record after you opened it. Your changes have not been saved. Reload the page to see the record as it is now, then make your changes again.";

    public sealed record Outcome(Guid? PersonId, IReadOnlyList<DomainRuleException> Problems)
    {
        public bool Saved => PersonId is not null;
    }

    public static async Task<Outcome> RunAsync(LicensingDbContext db, Guid? personId, int versionSeen, PersonDetails details, CancellationToken ct = default)
    {
        var problems = Person.Check(details, db.Today).ToList();
        if (Licensing.Domain.Licensees.DrivingLicenceNumber.TryParse(details.DrivingLicenceNumber, out var number, out _))
        {
            var holder = await db.People.Where(p => p.DrivingLicenceNumber == number!.Value && p.Id != personId)
                .Select(p => new { p.Forenames, p.Surname, p.DateOfBirth }).FirstOrDefaultAsync(ct);
            if (holder is not null)
                problems.Add(new DomainRuleException($"This driving licence number is already on the record of {holder.Forenames} {holder.Surname}, born {LondonTime.Format(holder.DateOfBirth)}. Search for them instead of adding them again", nameof(details.DrivingLicenceNumber)));
        }
        if (problems.Count > 0) return new Outcome(null, problems);

        Person person;
        if (personId is { } id)
        {
            person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainRuleException("This person's record no longer exists");
            db.ExpectVersion(person, versionSeen);
            person.Update(details, db.Today);
        }
        else
        {
            person = Person.Create(details, db.Today);
            db.People.Add(person);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome(null, [new DomainRuleException(ChangedByOthers)]);
        }
        return new Outcome(person.Id, []);
    }
}
