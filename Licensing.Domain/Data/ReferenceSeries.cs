using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Licensing.Domain.Data;

/// <summary>
/// The last number given in one series of references (APP-2026-, CN-2026-, RC-2026-). A number is taken
/// by one atomic update of this row, so two officers (or an officer and a partner's referral) saving at the
/// same moment never get the same reference. A number taken for a save that then failed is not given again:
/// a series may have a gap, never a duplicate.
/// </summary>
public sealed class ReferenceSeries
{
    public string Prefix { get; private set; } = "";
    public int Last { get; private set; }
}

internal sealed class ReferenceSeriesConfiguration : IEntityTypeConfiguration<ReferenceSeries>
{
    public void Configure(EntityTypeBuilder<ReferenceSeries> b)
    {
        b.HasKey(s => s.Prefix);
        b.Property(s => s.Prefix).HasMaxLength(40);
    }
}

/// <summary>The series' statements for each provider (named, so that a test can parse the SQL Server ones without a server).</summary>
internal static class ReferenceSeriesSql
{
    // {0} the prefix, {1} the highest number already in use: raw SQL placeholders, sent as parameters.
    public const string SqliteStart = "INSERT OR IGNORE INTO \"ReferenceSeries\" (\"Prefix\", \"Last\") VALUES ({0}, {1})";
    public const string SqlServerStart =
        "IF NOT EXISTS (SELECT 1 FROM \"ReferenceSeries\" WITH (UPDLOCK, HOLDLOCK) WHERE \"Prefix\" = {0}) INSERT INTO \"ReferenceSeries\" (\"Prefix\", \"Last\") VALUES ({0}, {1})";
    public const string SqliteTake = "UPDATE \"ReferenceSeries\" SET \"Last\" = \"Last\" + 1 WHERE \"Prefix\" = @prefix RETURNING \"Last\"";
    public const string SqlServerTake = "UPDATE \"ReferenceSeries\" SET \"Last\" = \"Last\" + 1 OUTPUT inserted.\"Last\" WHERE \"Prefix\" = @prefix";
}

public partial class LicensingDbContext
{
    public DbSet<ReferenceSeries> ReferenceSeries => Set<ReferenceSeries>();

    /// <summary>
    /// The next reference starting with <paramref name="prefix"/>, its running number written with at least
    /// <paramref name="digits"/> digits. A series used for the first time continues from the highest number
    /// among the references already in use (<paramref name="inUse"/>: made before the series was kept, or
    /// brought in from another system).
    /// </summary>
    public async Task<string> NextReferenceAsync(string prefix, int digits, IQueryable<string> inUse, CancellationToken ct = default)
    {
        if (await TakeReferenceNumberAsync(prefix, ct) is not { } next)
        {
            var made = await inUse.Where(r => r.StartsWith(prefix)).ToListAsync(ct);
            var highest = made.Select(r => int.TryParse(r.AsSpan(prefix.Length), out var n) ? n : 0).DefaultIfEmpty(0).Max();
            // Two first uses at once: one insert makes the row, the other finds it there and changes nothing.
            await Database.ExecuteSqlRawAsync(Database.IsSqlite() ? ReferenceSeriesSql.SqliteStart : ReferenceSeriesSql.SqlServerStart, [prefix, highest], ct);
            next = await TakeReferenceNumberAsync(prefix, ct) ?? throw new InvalidOperationException($"The reference series {prefix} could not be started");
        }
        return prefix + next.ToString().PadLeft(digits, '0');
    }

    // One statement adds one and reads the result back, so no other writer can come between (null: no such series yet).
    private async Task<int?> TakeReferenceNumberAsync(string prefix, CancellationToken ct)
    {
        var connection = Database.GetDbConnection();
        await Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Database.IsSqlite() ? ReferenceSeriesSql.SqliteTake : ReferenceSeriesSql.SqlServerTake;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@prefix";
            parameter.Value = prefix;
            command.Parameters.Add(parameter);
            return await command.ExecuteScalarAsync(ct) is { } last and not DBNull ? Convert.ToInt32(last) : null;
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }
    }
}
