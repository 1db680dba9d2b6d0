/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wtp-ft-responder.h"

#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/wifi-mac-frames.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WtpFtResponder");

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
    std::vector<uint8_t> elements;
    if (!Dot11MgmtBodyFrame::ElementsOf(wlcmac::ManagementSubtype(requestType),
                                        requestBody,
                                        elements))
    {
        return {};
    }
    std::vector<uint8_t> mde =
        Dot11MgmtBodyFrame::FindElement(elements, MobilityDomainElement::ELEMENT_ID);
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
