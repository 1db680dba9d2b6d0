/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wtp-ft-responder.h"

#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WtpFtResponder");

namespace
{

/// Fixed fields before the elements: Capability, Listen Interval (and Current AP Address).
constexpr std::size_t ASSOC_FIXED = 4;
/// Fixed fields of a Reassociation Request.
constexpr std::size_t REASSOC_FIXED = 10;
/// Element ID of the MDE.
constexpr uint8_t MDE_ID = 54;

} // namespace

void
WtpFtResponder::Configure(const std::vector<uint8_t>& mde,
                          const std::string& r0khId,
                          Mac48Address bssid,
                          bool inProbeResponses)
{
    m_mde = mde;
    m_inProbeResponses = inProbeResponses;
    m_r0khId.assign(r0khId.begin(), r0khId.end());
    if (m_r0khId.size() > FastBssTransitionElement::MAX_R0KH_ID_SIZE)
    {
        m_r0khId.resize(FastBssTransitionElement::MAX_R0KH_ID_SIZE);
    }
    m_bssid = bssid;
}

bool
WtpFtResponder::IsEnabled() const
{
    return !m_mde.empty();
}

void
WtpFtResponder::SetReassociationElements(Mac48Address station, std::vector<uint8_t> elements)
{
    m_reassociation[station] = std::move(elements);
}

void
WtpFtResponder::Forget(Mac48Address station)
{
    m_reassociation.erase(station);
}

std::vector<uint8_t>
WtpFtResponder::ResponseElements(Mac48Address station,
                                 WifiMacType requestType,
                                 const std::vector<uint8_t>& requestBody)
{
    if (m_mde.empty())
    {
        return {};
    }
    if (requestType == WIFI_MAC_MGT_PROBE_REQUEST)
    {
        return m_inProbeResponses ? m_mde : std::vector<uint8_t>();
    }
    std::size_t fixed =
        requestType == WIFI_MAC_MGT_REASSOCIATION_REQUEST ? REASSOC_FIXED : ASSOC_FIXED;
    if (requestBody.size() < fixed)
    {
        return {};
    }
    std::vector<uint8_t> elements(requestBody.begin() + fixed, requestBody.end());
    std::vector<uint8_t> mde = Dot11MgmtBodyFrame::FindElement(elements, MDE_ID);
    if (mde.empty() || mde != m_mde)
    {
        return {}; // not an FT request in our mobility domain
    }
    if (!Dot11MgmtBodyFrame::FindElement(elements, FastBssTransitionElement::ELEMENT_ID).empty())
    {
        // an FT roam: the controller's elements, if its FT Authentication succeeded
        auto it = m_reassociation.find(station);
        if (it == m_reassociation.end())
        {
            NS_LOG_INFO(station << " reassociates with an FTE the controller gave no answer for");
            return {};
        }
        std::vector<uint8_t> answer = std::move(it->second);
        m_reassociation.erase(it);
        return answer;
    }
    // the initial mobility domain association: MDE, and an FTE that names the key holders
    FastBssTransitionElement ours;
    ours.SetR1khId(m_bssid);
    ours.SetR0khId(m_r0khId);
    std::vector<uint8_t> answer = m_mde;
    std::vector<uint8_t> fteBytes = ours.Encode();
    answer.insert(answer.end(), fteBytes.begin(), fteBytes.end());
    return answer;
}

} // namespace ns3
