using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EmailConsentAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailServiceAgreedFor",
                table: "People",
                type: "TEXT",
                maxLength: 320,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailServiceAgreedFor",
                table: "People");
        }
    }
}
