#include "CrsCatalog.h"

#include "ProjForkGuard.h"

#include <proj.h>

#include <algorithm>
#include <array>

namespace frontier {
namespace {

std::vector<CrsCatalog::Entry> readDatabase()
{
    std::vector<CrsCatalog::Entry> out;
    const ProjForkGuard guard;
    PJ_CONTEXT* ctx = proj_context_create();
    PROJ_CRS_LIST_PARAMETERS* params = proj_get_crs_list_parameters_create();
    const std::array<PJ_TYPE, 2> types{PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_PROJECTED_CRS};
    params->types = types.data();
    params->typesCount = types.size();
    params->allow_deprecated = 0;
    params->celestial_body_name = "Earth";
    int count = 0;
    PROJ_CRS_INFO** list = proj_get_crs_info_list_from_database(ctx, "EPSG", params, &count);
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; list && i < count; ++i) {
        const PROJ_CRS_INFO* info = list[i];
        out.push_back({QString::fromUtf8(info->auth_name), QString::fromUtf8(info->code),
                       QString::fromUtf8(info->name),
                       info->type == PJ_TYPE_PROJECTED_CRS ? CrsCatalog::Kind::Projected
                                                           : CrsCatalog::Kind::Geographic2D});
    }
    proj_crs_info_list_destroy(list);
    proj_get_crs_list_parameters_destroy(params);
    proj_context_destroy(ctx);
    std::sort(out.begin(), out.end(), [](const CrsCatalog::Entry& a, const CrsCatalog::Entry& b) {
        if (a.authority != b.authority)
            return a.authority < b.authority;
        return a.code.size() != b.code.size() ? a.code.size() < b.code.size() : a.code < b.code;
    });
    return out;
}

} // namespace

const std::vector<CrsCatalog::Entry>& CrsCatalog::entries()
{
    static const std::vector<Entry> all = readDatabase();
    return all;
}

const CrsCatalog::Entry* CrsCatalog::find(const QString& id)
{
    const auto& all = entries();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Entry& e) {
        return e.id().compare(id.trimmed(), Qt::CaseInsensitive) == 0;
    });
    return it == all.end() ? nullptr : &*it;
}

} // namespace frontier
