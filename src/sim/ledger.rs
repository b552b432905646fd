//! The coop's books: every movement of money is a balanced transaction between accounts.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The accounts of a CJS. Assets and expenses carry positive balances, liabilities and incomes
/// negative ones, so that all balances always sum to zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Account {
    Cash,
    Receivables,
    /// The comité local's starting fund, while it is owed.
    Fund,
    Sales,
    Grants,
    Materials,
    Promotion,
    OtherCosts,
    BadDebts,
    /// Pay owed and paid to the cooperants during the summer.
    Wages,
    /// The surplus given to the members at the end.
    SurplusMembers,
    SurplusReserve,
    SurplusDonation,
    SurplusActivity,
}

pub const ACCOUNTS: usize = 14;

/// Why money moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TxKind {
    FundReceived,
    Invoice,
    Payment,
    Material,
    Promotion,
    EventCash,
    WeeklyPay,
    WriteOff,
    FundRepaid,
    SurplusMembers,
    SurplusReserve,
    SurplusDonation,
    SurplusActivity,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Ledger {
    balances: [Decimal; ACCOUNTS],
}

impl Ledger {
    /// Moves `amount` from `credit` to `debit` (debit +, credit −).
    pub fn post(&mut self, debit: Account, credit: Account, amount: Decimal) {
        self.balances[debit as usize] += amount;
        self.balances[credit as usize] -= amount;
    }

    pub fn balance(&self, a: Account) -> Decimal {
        self.balances[a as usize]
    }

    /// True when every transaction so far was balanced (always, by construction; tested).
    pub fn balances_to_zero(&self) -> bool {
        self.balances.iter().sum::<Decimal>().is_zero()
    }

    pub fn cash(&self) -> Decimal {
        self.balance(Account::Cash)
    }

    /// Sales invoiced so far (a positive amount).
    pub fn sales(&self) -> Decimal {
        // Never a "-0" on a report.
        Decimal::ZERO - self.balance(Account::Sales)
    }

    /// Costs of running the coop: material, promotion, other costs, bad debts.
    pub fn costs(&self) -> Decimal {
        self.balance(Account::Materials)
            + self.balance(Account::Promotion)
            + self.balance(Account::OtherCosts)
            + self.balance(Account::BadDebts)
    }
}
