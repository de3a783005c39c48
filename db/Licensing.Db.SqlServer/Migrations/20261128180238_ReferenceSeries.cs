using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferenceSeries",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceSeries", x => x.Prefix);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferenceSeries");
        }
    }
}
