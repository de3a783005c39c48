using System.Text.RegularExpressions;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Licensing.Tests.Data;

/// <summary>
/// The SQL the product writes by hand runs on SQL Server in production, but no SQL Server runs here: each
/// statement is parsed as T-SQL (SQL Server 2022) and every table and column it names is checked against
/// the SQL Server model, so a typo, a SQLite-only construct or a renamed column fails here, not in production.
/// The DBA's script is parsed whole as well.
/// </summary>
public partial class SqlServerStatementTests
{
    public static TheoryData<string, string> Statements => new()
    {
        { "the audit chain's lock", AuditChainHead.LockSql },
        { "a reference series started", ReferenceSeriesSql.SqlServerStart },
        { "a reference number taken", ReferenceSeriesSql.SqlServerTake },
        { "where the register's change feed stands", RegisterIndex.LastChangeSql },
        { "the register entries holding any of 64 keys", RegisterLookup.EntriesWithAnyKeySql(64) },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_statement_written_by_hand_is_valid_T_SQL_naming_only_tables_and_columns_the_model_has(string what, string sql)
    {
        var problems = Check(sql);
        Assert.True(problems.Count == 0, $"{what}: {string.Join("; ", problems)}");
    }

    [Theory]
    [InlineData("UPDATE \"ReferenceSeries\" SET \"Last\" = \"Last\" + 1 OUTPUT inserted.\"Lastt\" WHERE \"Prefix\" = @prefix", "Lastt")]
    [InlineData("UPDATE \"ReferenceSeriess\" SET \"Last\" = 1", "ReferenceSeriess")]
    [InlineData("UPDATE \"ReferenceSeries\" SET \"Last\" = \"Last\" + 1 WHERE \"Prefix\" = @prefix RETURNING \"Last\"", "RETURNING")]
    [InlineData("INSERT OR IGNORE INTO \"ReferenceSeries\" (\"Prefix\", \"Last\") VALUES (@p0, @p1)", "IGNORE")]
    public void The_check_finds_a_misspelt_name_or_a_SQLite_only_statement(string sql, string named)
    {
        Assert.Contains(Check(sql), p => p.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void The_SQL_Server_script_for_DBAs_parses_as_T_SQL()
    {
        var script = File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), "db", "sqlserver", "licensing.sql"));
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Take(5).Select(e => $"line {e.Line}: {e.Message}")));
    }

    private static readonly Lazy<IRelationalModel> Model = new(() =>
    {
        using var db = DesignTime.Create(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused;Database=unused"));
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
    });

    /// <summary>What is wrong with a statement as SQL Server would run it: parse errors, then unknown tables and columns.</summary>
    private static List<string> Check(string sql)
    {
        // Raw SQL placeholders ({0}) are sent as parameters (@p0).
        var parsed = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(Placeholder().Replace(sql, "@p$1")), out var errors);
        if (errors.Count > 0) return errors.Select(e => $"does not parse near '{Near(sql, e)}': {e.Message}").ToList();

        var names = new NamesUsed();
        parsed.Accept(names);
        var problems = new List<string>();
        var tables = new List<ITable>();
        foreach (var table in names.Tables.Distinct())
        {
            if ((Model.Value.FindTable(table, null) ?? Model.Value.FindTable(table, "dbo")) is { } found) tables.Add(found);
            else problems.Add($"no table {table} in the SQL Server model");
        }
        foreach (var column in names.Columns.Distinct())
            if (!tables.Any(t => t.FindColumn(column) is not null)) problems.Add($"no column {column} in {string.Join(", ", names.Tables)}");
        return problems;
    }

    private static string Near(string sql, ParseError e)
    {
        var line = sql.Replace("\r", "").Split('\n')[Math.Max(0, e.Line - 1)];
        var at = Math.Clamp(e.Column - 1, 0, line.Length);
        return line[at..Math.Min(line.Length, at + 20)];
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    private sealed class NamesUsed : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];
        public List<string> Columns { get; } = [];

        public override void Visit(NamedTableReference node) => Tables.Add(node.SchemaObject.BaseIdentifier.Value);

        public override void Visit(ColumnReferenceExpression node)
        {
            // A column named in full, or with its table or "inserted"/"deleted" before it: the last part is the column.
            if (node.MultiPartIdentifier is { Identifiers.Count: > 0 } name) Columns.Add(name.Identifiers[^1].Value);
        }
    }
}
