using Licensing.Domain.Common;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Data;

/// <summary>
/// SQLite stores text of any length, SQL Server's nvarchar(n) columns refuse it and fail the whole save:
/// the save path checks the model's lengths first, so both refuse it the same way, naming the field.
/// </summary>
public class ColumnLengthTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task A_new_person_with_a_phone_longer_than_its_column_is_refused_naming_the_field_and_nothing_is_written()
    {
        var person = Build.Person();
        person.Update(person.Details() with { Phone = new string('7', 41) }, Build.Today);
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            var refused = await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
            Assert.Equal("Phone", refused.Field);
            Assert.Equal("Phone must be 40 characters or fewer (it has 41)", refused.Message);
        }
        await using var read = database.NewContext();
        Assert.Equal((0, 0), (await read.People.CountAsync(), await read.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task An_edit_with_an_address_line_too_long_keeps_the_record_as_it_was_and_a_full_length_one_is_saved()
    {
        var person = Build.Person();
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var p = await db.People.SingleAsync();
            p.Update(p.Details() with { Address = p.Address with { Line1 = new string('a', 201) } }, Build.Today);
            Assert.Equal("Address.Line1", (await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync())).Field);
        }
        await using (var db = database.NewContext())
        {
            Assert.Equal(person.Address.Line1, (await db.People.SingleAsync()).Address.Line1);
            Assert.Equal(1, await db.AuditEntries.CountAsync());
            var p = await db.People.SingleAsync();
            p.Update(p.Details() with { Phone = new string('7', 40) }, Build.Today);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        Assert.Equal(40, (await read.People.SingleAsync()).Phone!.Length);
    }

    public void Dispose() => database.Dispose();
}
