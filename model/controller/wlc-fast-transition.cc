/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-fast-transition.h"

#include "ns3/ft-authentication-frame.h"
#include "ns3/ft-crypto.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/random-bytes.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcFastTransition");
NS_OBJECT_ENSURE_REGISTERED(WlcFastTransition);

TypeId
WlcFastTransition::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcFastTransition")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcFastTransition>()
            .AddTraceSource("Authentication",
                            "An FT Authentication Response was sent (client, target BSSID, "
                            "status code; 0 is success).",
                            MakeTraceSourceAccessor(&WlcFastTransition::m_authTrace),
                            "ns3::WlcFastTransition::ExchangeTracedCallback")
            .AddTraceSource("Reassociation",
                            "An FT Reassociation Request was checked (client, BSSID, status "
                            "code; 0: the keys are in place without a 4-way handshake).",
                            MakeTraceSourceAccessor(&WlcFastTransition::m_reassocTrace),
                            "ns3::WlcFastTransition::ExchangeTracedCallback");
    return tid;
}

WlcFastTransition::WlcFastTransition()
    : m_random(CreateObject<UniformRandomVariable>())
{
    NS_LOG_FUNCTION(this);
}

WlcFastTransition::~WlcFastTransition()
{
    NS_LOG_FUNCTION(this);
}

void
WlcFastTransition::DoDispose()
{
    m_exchanges.clear();
    m_keys.clear();
    Object::DoDispose();
}

int64_t
WlcFastTransition::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

void
WlcFastTransition::SetR0khId(const std::string& name)
{
    NS_ABORT_MSG_IF(name.empty() || name.size() > FastBssTransitionElement::MAX_R0KH_ID_SIZE,
                    "WlcFastTransition: the controller's name '"
                        << name << "' is its 802.11r R0KH-ID and needs 1..48 characters");
    m_r0khId.assign(name.begin(), name.end());
}

uint32_t
WlcFastTransition::FtAkm(const Wlan& wlan)
{
    return wlan.security == WlanSecurity::WPA2_8021X ? RsnElement::AKM_FT_8021X
                                                     : RsnElement::AKM_FT_PSK;
}

bool
WlcFastTransition::OffersFt(const Wlan& wlan,
                            const std::vector<uint8_t>& rsnElement,
                            const std::vector<uint8_t>& mde)
{
    if (!wlan.fastTransition || wlan.security == WlanSecurity::OPEN || rsnElement.empty() ||
        mde.empty())
    {
        return false;
    }
    RsnElement rsn;
    MobilityDomainElement domain;
    std::string why;
    if (!RsnElement::Decode(rsnElement, rsn, why) ||
        !MobilityDomainElement::Decode(mde, domain, why))
    {
        return false;
    }
    return rsn.GetAkmSuites().size() == 1 && rsn.GetAkmSuites()[0] == FtAkm(wlan) &&
           domain.GetMdid() == wlan.mobilityDomain;
}

WpaFtParams
WlcFastTransition::InitialAssociation(Mac48Address client,
                                      Mac48Address bssid,
                                      const std::vector<uint8_t>& xxKey,
                                      const Wlan& wlan,
                                      Time lifetime)
{
    NS_LOG_FUNCTION(this << client << bssid);
    WpaFtParams params;
    FtCrypto::PmkR0 r0;
    std::string why;
    if (!FtCrypto::DerivePmkR0(xxKey, wlan.ssid, wlan.mobilityDomain, m_r0khId, client, r0, why))
    {
        NS_LOG_WARN("no PMK-R0 for " << client << ": " << why);
        return params;
    }
    Keys keys;
    keys.pmkR0 = r0.key;
    keys.pmkR0Name = r0.name;
    keys.r0khId = m_r0khId;
    keys.mdid = wlan.mobilityDomain;
    keys.akm = FtAkm(wlan);
    keys.expires = Simulator::Now() + lifetime;
    m_keys[client] = keys;
    FtCrypto::PmkR1 r1 = FtCrypto::DerivePmkR1(r0.key, r0.name, bssid, client);
    params.enabled = true;
    params.mdid = wlan.mobilityDomain;
    params.r0khId = m_r0khId;
    params.r1khId = bssid;
    params.pmkR1 = r1.key;
    params.pmkR1Name = r1.name;
    params.reassociationDeadlineTu = wlan.ftReassociationDeadlineTu;
    params.keyLifetimeSeconds = static_cast<uint32_t>(std::max<int64_t>(lifetime.GetSeconds(), 1));
    return params;
}

const WlcFastTransition::Keys*
WlcFastTransition::FindKeys(const std::vector<uint8_t>& body,
                            Mac48Address client,
                            const Wlan& wlan,
                            std::string& why,
                            uint16_t& status)
{
    FtAuthenticationFrame request;
    status = FtAuthenticatorSm::STATUS_INVALID_ELEMENT;
    if (!FtAuthenticationFrame::Decode(body, request, why))
    {
        return nullptr;
    }
    if (!request.HasRsne() || request.GetRsne().GetPmkids().size() != 1 || !request.HasFte() ||
        !request.GetFte().HasR0khId())
    {
        why = "no PMKR0Name or no R0KH-ID";
        return nullptr;
    }
    const std::vector<uint8_t>& pmkR0Name = request.GetRsne().GetPmkids()[0];
    const std::vector<uint8_t>& r0khId = request.GetFte().GetR0khId();
    status = FtAuthenticatorSm::STATUS_INVALID_PMKID;
    auto it = m_keys.find(client);
    if (it != m_keys.end() && it->second.expires <= Simulator::Now())
    {
        m_keys.erase(it);
        it = m_keys.end();
    }
    if (it != m_keys.end() && it->second.pmkR0Name == pmkR0Name && it->second.r0khId == r0khId &&
        it->second.akm == FtAkm(wlan) && it->second.mdid == wlan.mobilityDomain)
    {
        // (keys of another AKM or mobility domain, from a member with another WLAN, do not
        // serve this one)
        return &it->second;
    }
    if (wlan.security == WlanSecurity::WPA2_PSK && wlan.pmk.size() == WpaCrypto::PMK_SIZE)
    {
        // FT-PSK: every key holder of the mobility domain knows the PSK, so the R1KH derives
        // the client's PMK-R0 itself (hostapd ft_psk_generate_local)
        FtCrypto::PmkR0 r0;
        if (FtCrypto::DerivePmkR0(wlan.pmk,
                                  wlan.ssid,
                                  wlan.mobilityDomain,
                                  r0khId,
                                  client,
                                  r0,
                                  why) &&
            r0.name == pmkR0Name)
        {
            Keys keys;
            keys.pmkR0 = r0.key;
            keys.pmkR0Name = r0.name;
            keys.r0khId = r0khId;
            keys.mdid = wlan.mobilityDomain;
            keys.akm = RsnElement::AKM_FT_PSK;
            keys.expires = Simulator::Now() + Seconds(WpaFtParams().keyLifetimeSeconds);
            m_keys[client] = keys;
            return &m_keys[client];
        }
    }
    why = "no PMK-R0 named by the request's PMKR0Name";
    return nullptr;
}

WlcFastTransition::AuthenticationAnswer
WlcFastTransition::Authenticate(Mac48Address client,
                                Mac48Address bssid,
                                const std::vector<uint8_t>& body,
                                const Wlan& wlan,
                                const std::vector<uint8_t>& gtk)
{
    NS_LOG_FUNCTION(this << client << bssid << body.size());
    AuthenticationAnswer answer;
    FtAuthenticationFrame peek;
    std::string why;
    if (FtAuthenticationFrame::Decode(body, peek, why) &&
        peek.GetTransactionSequence() != FtAuthenticationFrame::SEQ_REQUEST)
    {
        why = "transaction sequence " + std::to_string(peek.GetTransactionSequence());
    }
    if (!why.empty())
    {
        answer.reason = "not an FT Authentication Request: " + why;
        return answer; // dropped: nothing a station could act on
    }
    uint16_t status = 0;
    const Keys* keys = FindKeys(body, client, wlan, why, status);
    answer.send = true;
    if (!keys)
    {
        FtAuthenticationFrame refusal;
        refusal.SetTransactionSequence(FtAuthenticationFrame::SEQ_RESPONSE);
        refusal.SetStatusCode(status);
        answer.authBody = refusal.Encode();
        answer.status = status;
        answer.reason = why;
        NS_LOG_INFO(client << " FT Authentication at " << bssid << " refused (" << status
                           << "): " << why);
        m_authTrace(client, bssid, status);
        return answer;
    }
    FtAuthenticatorSm::Config config;
    config.pmkR0 = keys->pmkR0;
    config.pmkR0Name = keys->pmkR0Name;
    config.r0khId = keys->r0khId;
    config.mdid = wlan.mobilityDomain;
    config.bssid = bssid;
    config.staAddress = client;
    config.akm = keys->akm;
    config.anonce = WlcRandomBytes(m_random, 32);
    config.gtk = gtk;
    config.reassociationDeadlineTu = wlan.ftReassociationDeadlineTu;
    Exchange& exchange = m_exchanges[client];
    exchange.bssid = bssid;
    exchange.sm = std::make_unique<FtAuthenticatorSm>(config);
    FtAuthenticatorSm::Result result = exchange.sm->OnAuthenticationRequest(body);
    if (result.action != FtAuthenticatorSm::Result::Action::SEND)
    {
        m_exchanges.erase(client);
        answer.send = false;
        answer.reason = result.reason;
        return answer;
    }
    answer.authBody = result.authBody;
    answer.status = result.status;
    answer.reason = result.reason;
    answer.reassocElements = result.responseElements;
    if (result.status != FtAuthenticatorSm::STATUS_SUCCESS)
    {
        m_exchanges.erase(client);
    }
    NS_LOG_INFO(client << " FT Authentication at " << bssid << ": status " << result.status);
    m_authTrace(client, bssid, result.status);
    return answer;
}

bool
WlcFastTransition::IsAuthenticated(Mac48Address client, Mac48Address bssid) const
{
    auto it = m_exchanges.find(client);
    return it != m_exchanges.end() && it->second.bssid == bssid &&
           it->second.sm->GetState() == FtAuthenticatorSm::State::WAIT_REASSOC;
}

FtAuthenticatorSm::Result
WlcFastTransition::Reassociate(Mac48Address client,
                               Mac48Address bssid,
                               const std::vector<uint8_t>& elements)
{
    NS_LOG_FUNCTION(this << client << bssid);
    FtAuthenticatorSm::Result result;
    auto it = m_exchanges.find(client);
    if (it == m_exchanges.end() || it->second.bssid != bssid)
    {
        result.action = FtAuthenticatorSm::Result::Action::FAILED;
        result.status = FtAuthenticatorSm::STATUS_UNSPECIFIED;
        result.reason = "FT Reassociation without an FT Authentication at this AP";
        m_reassocTrace(client, bssid, result.status);
        return result;
    }
    result = it->second.sm->OnReassociationRequest(elements);
    m_exchanges.erase(it);
    NS_LOG_INFO(client << " FT Reassociation at " << bssid << ": "
                       << FtAuthenticatorSm::ActionName(result.action) << " " << result.reason);
    m_reassocTrace(client, bssid, result.status);
    return result;
}

void
WlcFastTransition::AddKeys(Mac48Address client, const Keys& keys)
{
    m_keys[client] = keys;
}

const WlcFastTransition::Keys*
WlcFastTransition::GetKeys(Mac48Address client) const
{
    auto it = m_keys.find(client);
    return it == m_keys.end() ? nullptr : &it->second;
}

void
WlcFastTransition::Cancel(Mac48Address client)
{
    m_exchanges.erase(client);
}

} // namespace ns3
