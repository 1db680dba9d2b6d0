/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-ft-client.h"

#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/ft-authenticator-sm.h"
#include "ns3/ft-crypto.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/rsn-element.h"
#include "ns3/wifi-mac-frames.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaFtClient");

WpaFtClient::WpaFtClient(uint32_t akm)
    : m_akm(akm)
{
}

void
WpaFtClient::NoteResponse(Mac48Address bssid, WifiMacType type, const std::vector<uint8_t>& body)
{
    bool probe = type == WIFI_MAC_MGT_PROBE_RESPONSE || type == WIFI_MAC_MGT_BEACON;
    std::vector<uint8_t> elements;
    Dot11MgmtBodyFrame::ElementsOf(wlcmac::ManagementSubtype(type), body, elements);
    std::vector<uint8_t> mde =
        Dot11MgmtBodyFrame::FindElement(elements, MobilityDomainElement::ELEMENT_ID);
    MobilityDomainElement parsed;
    std::string why;
    if (mde.empty() || !MobilityDomainElement::Decode(mde, parsed, why))
    {
        if (probe)
        {
            m_aps.erase(bssid); // the AP announces no mobility domain (any more)
        }
        return;
    }
    ApInfo& info = m_aps[bssid];
    info.mde = mde;
    if (!probe)
    {
        // the FTE of an initial mobility domain association names R0KH and R1KH
        info.fte = Dot11MgmtBodyFrame::FindElement(elements, FastBssTransitionElement::ELEMENT_ID);
    }
}

bool
WpaFtClient::IsFtAp(Mac48Address bssid) const
{
    return m_aps.count(bssid) != 0;
}

std::vector<uint8_t>
WpaFtClient::AssociationRsne() const
{
    RsnElement rsn; // CCMP
    rsn.SetAkmSuites({m_akm});
    return rsn.Encode();
}

std::vector<uint8_t>
WpaFtClient::AssociationElements(Mac48Address bssid) const
{
    auto it = m_aps.find(bssid);
    if (it == m_aps.end())
    {
        return {};
    }
    std::vector<uint8_t> elements = AssociationRsne();
    elements.insert(elements.end(), it->second.mde.begin(), it->second.mde.end());
    return elements;
}

bool
WpaFtClient::InitialAssociation(Mac48Address bssid,
                                const std::vector<uint8_t>& xxKey,
                                const std::string& ssid,
                                Mac48Address self,
                                WpaFtParams& params,
                                std::string& why)
{
    CancelRoam();
    m_keys.reset();
    auto it = m_aps.find(bssid);
    if (it == m_aps.end() || it->second.fte.empty())
    {
        why = "the Association Response carried no MDE and FTE";
        return false;
    }
    MobilityDomainElement mde;
    FastBssTransitionElement fte;
    if (!MobilityDomainElement::Decode(it->second.mde, mde, why) ||
        !FastBssTransitionElement::Decode(it->second.fte, fte, why))
    {
        return false;
    }
    if (!fte.HasR0khId() || !fte.HasR1khId() || fte.GetR1khId() != bssid)
    {
        why = "the Association Response's FTE lacks the R0KH-ID, or its R1KH-ID is not the BSSID";
        return false;
    }
    FtCrypto::PmkR0 r0;
    if (!FtCrypto::DerivePmkR0(xxKey, ssid, mde.GetMdid(), fte.GetR0khId(), self, r0, why))
    {
        return false;
    }
    Keys keys;
    keys.pmkR0 = r0.key;
    keys.pmkR0Name = r0.name;
    keys.r0khId = fte.GetR0khId();
    keys.mde = it->second.mde;
    keys.mdid = mde.GetMdid();
    keys.ftCapability = mde.GetCapabilityPolicy();
    m_keys = keys;
    FtCrypto::PmkR1 r1 = FtCrypto::DerivePmkR1(r0.key, r0.name, bssid, self);
    params = WpaFtParams();
    params.enabled = true;
    params.mdid = keys.mdid;
    params.ftCapability = keys.ftCapability;
    params.r0khId = keys.r0khId;
    params.r1khId = bssid;
    params.pmkR1 = r1.key;
    params.pmkR1Name = r1.name;
    return true;
}

bool
WpaFtClient::CanRoamTo(Mac48Address bssid) const
{
    auto it = m_aps.find(bssid);
    return m_keys && it != m_aps.end() && it->second.mde == m_keys->mde;
}

std::vector<uint8_t>
WpaFtClient::StartRoam(Mac48Address bssid, Mac48Address self, const std::vector<uint8_t>& snonce)
{
    NS_ABORT_MSG_UNLESS(CanRoamTo(bssid), "WpaFtClient: no FT roam possible to " << bssid);
    FtSupplicantSm::Config config;
    config.pmkR0 = m_keys->pmkR0;
    config.pmkR0Name = m_keys->pmkR0Name;
    config.r0khId = m_keys->r0khId;
    config.mdid = m_keys->mdid;
    config.ftCapability = m_keys->ftCapability;
    config.akm = m_akm;
    config.staAddress = self;
    config.bssid = bssid;
    config.snonce = snonce;
    m_roam = std::make_unique<FtSupplicantSm>(config);
    m_roamTarget = bssid;
    m_reassociationElements.clear();
    return m_roam->StartAuthentication();
}

FtSupplicantSm::Result
WpaFtClient::OnAuthenticationResponse(Mac48Address bssid, const std::vector<uint8_t>& body)
{
    if (!m_roam || bssid != m_roamTarget)
    {
        FtSupplicantSm::Result ignored;
        ignored.reason = "Authentication frame from an AP without an FT roam to it";
        return ignored;
    }
    FtSupplicantSm::Result result = m_roam->OnAuthenticationResponse(body);
    if (result.action == FtSupplicantSm::Result::Action::SEND)
    {
        m_reassociationElements = result.reassociationElements;
    }
    else if (result.action == FtSupplicantSm::Result::Action::FAILED)
    {
        CancelRoam();
    }
    return result;
}

std::vector<uint8_t>
WpaFtClient::ReassociationElements(Mac48Address bssid) const
{
    return m_roam && bssid == m_roamTarget ? m_reassociationElements : std::vector<uint8_t>();
}

FtSupplicantSm::Result
WpaFtClient::OnReassociationResponse(Mac48Address bssid, const std::vector<uint8_t>& body)
{
    if (!m_roam || bssid != m_roamTarget || m_reassociationElements.empty())
    {
        FtSupplicantSm::Result ignored;
        ignored.reason = "Reassociation Response without an FT roam to that AP";
        return ignored;
    }
    std::vector<uint8_t> elements;
    Dot11MgmtBodyFrame::ElementsOf(Dot11MgmtBodyFrame::SUBTYPE_REASSOC_RESPONSE, body, elements);
    FtSupplicantSm::Result result = m_roam->OnReassociationResponse(elements);
    if (result.action != FtSupplicantSm::Result::Action::IGNORED)
    {
        CancelRoam();
    }
    return result;
}

std::optional<Mac48Address>
WpaFtClient::GetRoamTarget() const
{
    if (!m_roam)
    {
        return std::nullopt;
    }
    return m_roamTarget;
}

void
WpaFtClient::CancelRoam()
{
    m_roam.reset();
    m_reassociationElements.clear();
}

void
WpaFtClient::Forget()
{
    CancelRoam();
    m_keys.reset();
}

} // namespace ns3
