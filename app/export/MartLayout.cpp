#include "MartLayout.h"

#include <map>

namespace tl {

MartLayout MartLayout::of(const QString &name, const Columns &columns) {
    static const QStringList movie{QStringLiteral("movie_cd")};
    static const std::map<QString, MartLayout> kobis{
        {QStringLiteral("kobis_boxoffice_daily"),
         {{QStringLiteral("target_date"), QStringLiteral("movie_cd")}, {movie}}},
        {QStringLiteral("kobis_movies"), {movie, {}}},
        {QStringLiteral("kobis_genres"), {{}, {movie}}},
        {QStringLiteral("kobis_directors"), {{}, {movie}}},
        {QStringLiteral("kobis_companies"), {{}, {movie}}},
        {QStringLiteral("kobis_grades"), {{}, {movie}}},
    };
    const auto it = kobis.find(name.toLower());
    if (it == kobis.end())
        return {};
    auto has = [&columns](const QString &column) {
        return std::any_of(columns.begin(), columns.end(),
                           [&column](const Column &c) { return c.name == column; });
    };
    for (const QString &k : it->second.keys)
        if (!has(k))
            return {};
    for (const QStringList &index : it->second.indexes)
        for (const QString &c : index)
            if (!has(c))
                return {};
    return it->second;
}

} // namespace tl
