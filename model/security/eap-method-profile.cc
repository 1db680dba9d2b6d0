/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eap-method-profile.h"

#include "ns3/abort.h"

namespace ns3
{

EapMethodProfile
EapMethodProfile::PeapMsChapV2()
{
    EapMethodProfile profile;
    profile.name = "PEAP-MSCHAPv2";
    // See the header for where each size comes from.
    profile.requestSizes = {6, 1004, 1004, 450, 65, 40, 75, 90, 45};
    profile.responseSizes = {200, 6, 6, 140, 6, 60, 125, 45, 45};
    return profile;
}

std::size_t
EapMethodProfile::GetRounds() const
{
    NS_ABORT_MSG_IF(requestSizes.size() != responseSizes.size(),
                    "EAP method profile with different request and response counts");
    return requestSizes.size();
}

EapMethodProfile
EapMethodProfile::Resize(std::size_t rounds) const
{
    NS_ABORT_MSG_IF(rounds == 0, "an EAP method needs at least one round");
    NS_ABORT_MSG_IF(GetRounds() == 0, "empty EAP method profile");
    EapMethodProfile resized = *this;
    auto& req = resized.requestSizes;
    auto& resp = resized.responseSizes;
    while (req.size() > rounds)
    {
        std::size_t drop = req.size() > 1 ? 1 : 0;
        req.erase(req.begin() + drop);
        resp.erase(resp.begin() + drop);
    }
    while (req.size() < rounds)
    {
        std::size_t copy = req.size() > 1 ? 1 : req.size() - 1;
        req.insert(req.begin() + copy + 1, req[copy]);
        resp.insert(resp.begin() + copy + 1, resp[copy]);
    }
    return resized;
}

} // namespace ns3
