/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ft-supplicant-sm.h"

#include "ft-authenticator-sm.h"
#include "rsn-element.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/ft-authentication-frame.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FtSupplicantSm");

FtSupplicantSm::FtSupplicantSm(const Config& config)
    : m_config(config),
      m_state(State::IDLE),
      m_deadlineTu(0)
{
    NS_ABORT_MSG_IF(config.pmkR0.size() != FtCrypto::PMK_R0_SIZE, "PMK-R0 must have 32 octets");
    NS_ABORT_MSG_IF(config.pmkR0Name.size() != FtCrypto::NAME_SIZE,
                    "PMKR0Name must have 16 octets");
    NS_ABORT_MSG_IF(config.r0khId.empty() || config.r0khId.size() > FtCrypto::MAX_R0KH_ID_SIZE,
                    "R0KH-ID must have 1 to 48 octets");
    NS_ABORT_MSG_IF(config.akm != RsnElement::AKM_FT_PSK && config.akm != RsnElement::AKM_FT_8021X,
                    "the AKM must be 00-0F-AC:3 or 00-0F-AC:4");
    NS_ABORT_MSG_IF(config.snonce.size() != FastBssTransitionElement::NONCE_SIZE,
                    "SNonce must have 32 octets");
    m_pmkR1 =
        FtCrypto::DerivePmkR1(config.pmkR0, config.pmkR0Name, config.bssid, config.staAddress);
}

FtSupplicantSm::Result
FtSupplicantSm::Fail(const std::string& reason, uint16_t status)
{
    NS_LOG_FUNCTION(this << reason << status);
    m_state = State::FAILED;
    Result result;
    result.action = Result::Action::FAILED;
    result.status = status;
    result.reason = reason;
    return result;
}

std::string
FtSupplicantSm::CheckFteIds(const FastBssTransitionElement& fte) const
{
    if (fte.GetSNonce() != m_config.snonce)
    {
        return "FTE SNonce differs from ours";
    }
    if (!fte.HasR1khId())
    {
        return "FTE without R1KH-ID";
    }
    if (fte.GetR1khId() != m_config.bssid)
    {
        return "FTE R1KH-ID is not the target BSSID";
    }
    if (!fte.HasR0khId() || fte.GetR0khId() != m_config.r0khId)
    {
        return "FTE R0KH-ID missing or different";
    }
    return "";
}

std::vector<uint8_t>
FtSupplicantSm::StartAuthentication()
{
    NS_LOG_FUNCTION(this);
    FtAuthenticationFrame frame;
    frame.SetTransactionSequence(FtAuthenticationFrame::SEQ_REQUEST);
    frame.SetStatusCode(FtAuthenticationFrame::STATUS_SUCCESS);
    RsnElement rsne;
    std::string why;
    RsnElement::Decode(FtAuthenticatorSm::EncodeFtRsne(m_config.akm, m_config.pmkR0Name),
                       rsne,
                       why);
    frame.SetRsne(rsne);
    MobilityDomainElement mde;
    mde.SetMdid(m_config.mdid);
    mde.SetCapabilityPolicy(m_config.ftCapability);
    frame.SetMde(mde);
    FastBssTransitionElement fte;
    fte.SetSNonce(m_config.snonce);
    fte.SetR0khId(m_config.r0khId);
    frame.SetFte(fte);
    m_state = State::WAIT_AUTH_RESPONSE;
    m_anonce.clear();
    m_ptk = FtCrypto::FtPtk();
    m_deadlineTu = 0;
    return frame.Encode();
}

FtSupplicantSm::Result
FtSupplicantSm::OnAuthenticationResponse(const std::vector<uint8_t>& authBody)
{
    NS_LOG_FUNCTION(this << authBody.size());
    Result ignored;
    if (m_state != State::WAIT_AUTH_RESPONSE)
    {
        ignored.reason = "no FT Authentication Request outstanding (" + StateName(m_state) + ")";
        return ignored;
    }
    ByteReader fixed(authBody);
    uint16_t algorithm = fixed.ReadU16Le();
    uint16_t sequence = fixed.ReadU16Le();
    uint16_t status = fixed.ReadU16Le();
    if (!fixed.IsOk())
    {
        ignored.reason = "Authentication body shorter than its fixed fields";
        return ignored;
    }
    if (algorithm != FtAuthenticationFrame::ALGORITHM_FT ||
        sequence != FtAuthenticationFrame::SEQ_RESPONSE)
    {
        ignored.reason = "not an FT Authentication Response (algorithm " +
                         std::to_string(algorithm) + ", sequence " + std::to_string(sequence) + ")";
        return ignored;
    }
    if (status != FtAuthenticationFrame::STATUS_SUCCESS)
    {
        return Fail("FT authentication refused with status " + std::to_string(status), status);
    }
    FtAuthenticationFrame response;
    std::string why;
    if (!FtAuthenticationFrame::Decode(authBody, response, why))
    {
        return Fail("malformed Authentication Response: " + why);
    }
    if (!response.HasRsne() || !response.HasMde() || !response.HasFte())
    {
        return Fail("Authentication Response without RSNE, MDE or FTE");
    }
    const RsnElement& rsne = response.GetRsne();
    if (rsne.GetAkmSuites().size() != 1 || rsne.GetAkmSuites()[0] != m_config.akm)
    {
        return Fail("RSNE AKM is not " + RsnElement::SuiteToString(m_config.akm));
    }
    if (rsne.GetPmkids().size() != 1 ||
        !WpaCrypto::ConstantTimeEqual(rsne.GetPmkids()[0], m_config.pmkR0Name))
    {
        // 13.8.3: the Authentication Response repeats the request's PMKR0Name
        return Fail("RSNE does not carry our PMKR0Name as its only PMKID");
    }
    const MobilityDomainElement& mde = response.GetMde();
    if (mde.GetMdid() != m_config.mdid || mde.GetCapabilityPolicy() != m_config.ftCapability)
    {
        return Fail("MDE does not match our mobility domain");
    }
    const FastBssTransitionElement& fte = response.GetFte();
    std::string bad = CheckFteIds(fte);
    if (!bad.empty())
    {
        return Fail(bad);
    }
    m_anonce = fte.GetANonce();
    if (response.HasTimeoutInterval() &&
        response.GetTimeoutInterval().type == FtAuthenticationFrame::TIMEOUT_REASSOC_DEADLINE)
    {
        m_deadlineTu = response.GetTimeoutInterval().value;
    }
    m_ptk = FtCrypto::DerivePtk(m_pmkR1.key,
                                m_pmkR1.name,
                                m_config.snonce,
                                m_anonce,
                                m_config.bssid,
                                m_config.staAddress);

    std::vector<uint8_t> rsneBytes = FtAuthenticatorSm::EncodeFtRsne(m_config.akm, m_pmkR1.name);
    MobilityDomainElement ourMde;
    ourMde.SetMdid(m_config.mdid);
    ourMde.SetCapabilityPolicy(m_config.ftCapability);
    std::vector<uint8_t> mdeBytes = ourMde.Encode();
    FastBssTransitionElement ourFte;
    ourFte.SetElementCount(3);
    ourFte.SetANonce(m_anonce);
    ourFte.SetSNonce(m_config.snonce);
    ourFte.SetR1khId(m_config.bssid);
    ourFte.SetR0khId(m_config.r0khId);
    ourFte.SetMic(FtCrypto::FtMic(m_ptk.ptk.kck,
                                  m_config.staAddress,
                                  m_config.bssid,
                                  FtCrypto::SEQ_REASSOC_REQUEST,
                                  rsneBytes,
                                  mdeBytes,
                                  ourFte.EncodeWithZeroMic()));
    std::vector<uint8_t> fteBytes = ourFte.Encode();

    m_state = State::WAIT_REASSOC_RESPONSE;
    Result result;
    result.action = Result::Action::SEND;
    result.reassociationElements = rsneBytes;
    result.reassociationElements.insert(result.reassociationElements.end(),
                                        mdeBytes.begin(),
                                        mdeBytes.end());
    result.reassociationElements.insert(result.reassociationElements.end(),
                                        fteBytes.begin(),
                                        fteBytes.end());
    result.ptk = m_ptk.ptk;
    return result;
}

FtSupplicantSm::Result
FtSupplicantSm::OnReassociationResponse(const std::vector<uint8_t>& elements)
{
    NS_LOG_FUNCTION(this << elements.size());
    if (m_state != State::WAIT_REASSOC_RESPONSE)
    {
        Result ignored;
        ignored.reason = "no Reassociation Request outstanding (" + StateName(m_state) + ")";
        return ignored;
    }
    FtAuthenticatorSm::FtElements found;
    std::string why;
    if (!FtAuthenticatorSm::FindFtElements(elements, found, why))
    {
        return Fail("Reassociation Response: " + why);
    }
    RsnElement rsne;
    if (!RsnElement::Decode(found.rsne, rsne, why))
    {
        return Fail("RSNE: " + why);
    }
    if (rsne.GetAkmSuites().size() != 1 || rsne.GetAkmSuites()[0] != m_config.akm)
    {
        return Fail("RSNE AKM differs from the FT authentication");
    }
    if (rsne.GetPmkids().size() != 1 ||
        !WpaCrypto::ConstantTimeEqual(rsne.GetPmkids()[0], m_pmkR1.name))
    {
        return Fail("RSNE does not carry our PMKR1Name as its only PMKID");
    }
    MobilityDomainElement mde;
    if (!MobilityDomainElement::Decode(found.mde, mde, why))
    {
        return Fail("MDE: " + why);
    }
    if (mde.GetMdid() != m_config.mdid || mde.GetCapabilityPolicy() != m_config.ftCapability)
    {
        return Fail("MDE does not match our mobility domain");
    }
    FastBssTransitionElement fte;
    if (!FastBssTransitionElement::Decode(found.fte, fte, why))
    {
        return Fail("FTE: " + why);
    }
    if (fte.GetElementCount() != 3)
    {
        return Fail("FTE Element Count " + std::to_string(fte.GetElementCount()) + " (3 expected)");
    }
    if (fte.GetANonce() != m_anonce)
    {
        return Fail("FTE ANonce differs from the Authentication Response's");
    }
    std::string bad = CheckFteIds(fte);
    if (!bad.empty())
    {
        return Fail(bad);
    }
    std::vector<uint8_t> zeroed;
    if (!FastBssTransitionElement::ZeroMic(found.fte, zeroed, why))
    {
        return Fail("FTE: " + why);
    }
    std::vector<uint8_t> mic = FtCrypto::FtMic(m_ptk.ptk.kck,
                                               m_config.staAddress,
                                               m_config.bssid,
                                               FtCrypto::SEQ_REASSOC_RESPONSE,
                                               found.rsne,
                                               found.mde,
                                               zeroed);
    if (!WpaCrypto::ConstantTimeEqual(mic, fte.GetMic()))
    {
        return Fail("FTE MIC mismatch");
    }
    if (!fte.HasGtk())
    {
        return Fail("FTE without GTK subelement");
    }
    const FastBssTransitionElement::Gtk& gtk = fte.GetGtk();
    std::vector<uint8_t> plain;
    if (!WpaCrypto::AesKeyUnwrap(m_ptk.ptk.kek, gtk.wrappedKey, plain))
    {
        return Fail("GTK subelement: AES Key Unwrap integrity check failed");
    }
    if (gtk.keyLength < 5 || gtk.keyLength > RsnKeyData::MAX_GTK_SIZE ||
        gtk.keyLength > plain.size())
    {
        return Fail("GTK subelement Key Length " + std::to_string(gtk.keyLength) +
                    " does not fit the wrapped key");
    }

    m_state = State::COMPLETED;
    Result result;
    result.action = Result::Action::COMPLETED;
    result.ptk = m_ptk.ptk;
    result.gtk.assign(plain.begin(), plain.begin() + gtk.keyLength);
    result.gtkKeyId = gtk.GetKeyId();
    result.gtkRsc = gtk.rsc;
    return result;
}

FtSupplicantSm::State
FtSupplicantSm::GetState() const
{
    return m_state;
}

std::string
FtSupplicantSm::StateName(State state)
{
    switch (state)
    {
    case State::IDLE:
        return "IDLE";
    case State::WAIT_AUTH_RESPONSE:
        return "WAIT_AUTH_RESPONSE";
    case State::WAIT_REASSOC_RESPONSE:
        return "WAIT_REASSOC_RESPONSE";
    case State::COMPLETED:
        return "COMPLETED";
    case State::FAILED:
        return "FAILED";
    }
    return "UNKNOWN";
}

std::string
FtSupplicantSm::ActionName(Result::Action action)
{
    return WpaHandshakeActionName(action);
}

const WpaCrypto::Ptk&
FtSupplicantSm::GetPtk() const
{
    return m_ptk.ptk;
}

const std::vector<uint8_t>&
FtSupplicantSm::GetPmkR1Name() const
{
    return m_pmkR1.name;
}

const std::vector<uint8_t>&
FtSupplicantSm::GetANonce() const
{
    return m_anonce;
}

uint32_t
FtSupplicantSm::GetReassociationDeadlineTu() const
{
    return m_deadlineTu;
}

} // namespace ns3
