using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgencyInformalLetterParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LetterParagraphInformal",
                table: "Agencies",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LetterParagraphInformal",
                table: "Agencies");
        }
    }
}
